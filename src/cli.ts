#!/usr/bin/env node
/**
 * The command line: a thin layer over the library. Exit codes follow Vale and textlint: 0 nothing at
 * or above --fail-on, 1 findings at or above it, 2 usage, config, input or internal error, reported
 * on one line of stderr without a stack trace.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { checkFiles, loadSources, ruleSetFor } from './check.js';
import { diffFiles, diffInputs, type DiffOptions, type DiffResult } from './diff.js';
import { changedSince, readAtRevision, verifyRevision } from './git.js';
import { readInput } from './load/read-input.js';
import { formatDiffHtml } from './report/diff-html.js';
import { diffJsonReport } from './report/diff-json.js';
import { CopydeskError } from './errors.js';
import type { Finding, Severity } from './model.js';
import { SEVERITY_RANK } from './model.js';
import { formatHtml } from './report/html.js';
import { formatJson, jsonReport } from './report/json.js';
import { formatRules } from './report/rules-list.js';
import { formatDiffText, formatText } from './report/text.js';
import { writeAtomic } from './report/write.js';
import { VERSION } from './version.js';

type Format = 'text' | 'json' | 'html';
type FailOn = Severity | 'never';

export function exitCodeFor(findings: Finding[], failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env['NO_COLOR'] !== '');
}

function emit(content: string, out: string | undefined): void {
  if (out) writeAtomic(out, content);
  else process.stdout.write(content);
}

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  await yargs(argv)
    .scriptName('copydesk')
    .usage('$0 <command> [options]')
    .command(
      'check <files..>',
      'Check articles for repeated, contradicted and inconsistent claims',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'Markdown or text articles; each is checked on its own', demandOption: true })
          .option('format', { choices: ['text', 'json', 'html'] as const, default: 'text' as Format, describe: 'Report format' })
          .option('out', { type: 'string', describe: 'Write the report to this file (atomically) instead of stdout' })
          .option('fail-on', { choices: ['error', 'warning', 'info', 'never'] as const, default: 'error' as FailOn, describe: 'Exit 1 when a finding is at or above this severity' })
          .option('rules', { type: 'string', array: true, describe: 'Extra rule packs (YAML or JSON), applied after the default pack' })
          .option('related', { type: 'string', array: true, describe: 'Other reports of the same story to check each article against' }),
      (args) => {
        const result = checkFiles(args.files as string[], { rules: (args.rules as string[] | undefined) ?? [], related: (args.related as string[] | undefined) ?? [] });
        const paths = result.files.map((f) => f.file.path);
        const format = args.format as Format;
        if (format === 'json') emit(formatJson(jsonReport(result)), args.out);
        else if (format === 'html') emit(formatHtml(jsonReport(result), result.files.map((f) => f.analysis.doc)), args.out);
        else emit(formatText(result.findings, paths, { color: !args.out && useColor() }), args.out);
        exitCode = exitCodeFor(result.findings, args['fail-on'] as FailOn);
      },
    )
    .command(
      'diff [files..]',
      'Compare versions of an article (oldest first) and report what each edit changed',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'Versions, oldest first (with --git: the files to compare with REV)' })
          .option('git', { type: 'string', describe: 'Compare each file with its version at this git revision (all changed Markdown/text files when none is given)' })
          .option('format', { choices: ['text', 'json', 'html'] as const, default: 'text' as Format, describe: 'Report format' })
          .option('out', { type: 'string', describe: 'Write the report to this file (atomically) instead of stdout' })
          .option('fail-on', { choices: ['error', 'warning', 'info', 'never'] as const, default: 'error' as FailOn, describe: 'Exit 1 when a finding is at or above this severity' })
          .option('new-only', { type: 'boolean', default: false, describe: 'Report only what the edit brought in (changes, and check findings absent from the old version)' })
          .option('rules', { type: 'string', array: true, describe: 'Extra rule packs (YAML or JSON), applied after the default pack' })
          .option('related', { type: 'string', array: true, describe: 'Other reports of the same story to check the newest version against' }),
      (args) => {
        const files = (args.files as string[] | undefined) ?? [];
        const options = { rules: (args.rules as string[] | undefined) ?? [], newOnly: args['new-only'] as boolean, related: (args.related as string[] | undefined) ?? [] };
        const results = args.git !== undefined ? diffGit(args.git, files, options) : diffVersions(files, options);
        const report = diffJsonReport(results);
        const findings = report.findings;
        const paths = report.files.map((f) => f.path);
        const format = args.format as Format;
        if (format === 'json') emit(formatJson(report), args.out);
        else if (format === 'html') emit(formatDiffHtml(report, results), args.out);
        else emit(formatDiffText((report.diffs ?? []).flatMap((d) => d.steps), findings, paths, { color: !args.out && useColor() }), args.out);
        exitCode = exitCodeFor(findings, args['fail-on'] as FailOn);
      },
    )
    .command(
      'rules',
      'List every rule with its kind, category, severity and description',
      (y) =>
        y
          .option('format', { choices: ['text', 'json'] as const, default: 'text' as 'text' | 'json' })
          .option('rules', { type: 'string', array: true, describe: 'Extra rule packs to include' }),
      (args) => {
        const set = ruleSetFor({ rules: (args.rules as string[] | undefined) ?? [] });
        process.stdout.write(formatRules(set.rules, args.format as 'text' | 'json'));
      },
    )
    .demandCommand(1, 'say which command to run: check, diff or rules')
    .strict()
    .version(VERSION)
    .help()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message);
    })
    .parseAsync();
  return exitCode;
}

class UsageError extends Error {}

function diffVersions(files: string[], options: DiffOptions): DiffResult[] {
  if (files.length < 2) throw new UsageError(`diff needs at least two versions, oldest first (got ${files.length}); or use --git REV`);
  return [diffFiles(files, options)];
}

/** Each file against its version at REV; with no file, every Markdown or text file changed since REV. */
function diffGit(rev: string, files: string[], options: DiffOptions): DiffResult[] {
  verifyRevision(rev);
  const targets = files.length ? files.map((file) => ({ file, added: false })) : (() => {
    const changed = changedSince(rev);
    return [...changed.modified.map((file) => ({ file, added: false })), ...changed.added.map((file) => ({ file, added: true }))];
  })();
  return targets.map(({ file, added }) => {
    const ruleSet = ruleSetFor(options, file);
    const sources = loadSources(options.related ?? [], ruleSet);
    const current = readInput(file);
    // a file added since REV has no old version: it is checked, and everything in it is new
    const inputs = added ? [current] : [readAtRevision(rev, file), current];
    return diffInputs(inputs, options, ruleSet, sources);
  });
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CopydeskError) process.stderr.write(`copydesk: ${error.line()}\n`);
    else if (error instanceof UsageError) process.stderr.write(`copydesk: ${error.message.replace(/\s*\n\s*/g, ' ')} (see copydesk --help)\n`);
    else process.stderr.write(`copydesk: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    process.exitCode = 2;
  },
);
