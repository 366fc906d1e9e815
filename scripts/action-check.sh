#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): every Markdown or text file changed since the base is
# compared with its version there; findings become pull-request annotations (stdout, `github` format)
# and a SARIF report. Settings arrive as COPYDESK_* variables; GITHUB_* come from the runner.
set -euo pipefail
base="${COPYDESK_BASE:-}"
if [ -z "$base" ]; then
  if [ -n "${GITHUB_BASE_REF:-}" ]; then
    git fetch --no-tags --quiet origin "$GITHUB_BASE_REF" || true
    base="$(git merge-base "origin/$GITHUB_BASE_REF" HEAD)"
  else
    base="HEAD~1"
  fi
fi
args=(diff --git "$base" --fail-on "${COPYDESK_FAIL_ON:-error}" --format sarif --out "${COPYDESK_SARIF:-copydesk.sarif}" --format github)
if [ "${COPYDESK_NEW_ONLY:-true}" = "true" ]; then args+=(--new-only); fi
# shellcheck disable=SC2206 # extra arguments are split on spaces on purpose
extra=(${COPYDESK_ARGS:-})
exec node "$GITHUB_ACTION_PATH/dist/src/cli.js" "${args[@]}" "${extra[@]}"
