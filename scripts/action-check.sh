#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): every Markdown or text file changed since the base is
# compared with its version there. Warnings and errors become pull-request annotations (`github`
# format, capped), a Markdown summary goes to the job summary, and a SARIF report is written for an
# upload the workflow may opt into. Settings arrive as COPYDESK_* variables; GITHUB_* come from the runner.
set -uo pipefail
fail() { echo "::error title=copydesk::$1"; echo "copydesk: $1" >&2; exit 2; }
base="${COPYDESK_BASE:-}"
if [ -z "$base" ]; then
  if [ -n "${GITHUB_BASE_REF:-}" ]; then
    git fetch --no-tags --quiet origin "$GITHUB_BASE_REF" 2>/dev/null || true
    base="$(git merge-base "origin/$GITHUB_BASE_REF" HEAD 2>/dev/null)" ||
      fail "cannot find where this pull request branched from origin/$GITHUB_BASE_REF: check out the history (actions/checkout with fetch-depth: 0)"
  else
    base="HEAD~1"
  fi
fi
git rev-parse --verify --quiet "$base^{commit}" >/dev/null ||
  fail "the base revision $base is not in this clone: check out the history (actions/checkout with fetch-depth: 0)"
args=(diff --git "$base" --fail-on "${COPYDESK_FAIL_ON:-error}" --format sarif --out "${COPYDESK_SARIF:-copydesk.sarif}" --format github)
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then args+=(--format markdown --out "$GITHUB_STEP_SUMMARY"); fi
if [ "${COPYDESK_NEW_ONLY:-true}" = "true" ]; then args+=(--new-only); fi
# shellcheck disable=SC2206 # extra arguments are split on spaces on purpose
extra=(${COPYDESK_ARGS:-})
exec node "$GITHUB_ACTION_PATH/dist/bin/copydesk.js" "${args[@]}" "${extra[@]}"
