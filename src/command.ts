/**
 * The command line: a thin layer over the library (src/api.ts). Exit codes follow Vale and textlint:
 * 0 nothing at or above --fail-on, 1 findings at or above it (or more warnings than --max-warnings),
 * 2 usage, config, input or internal error, reported on one line of stderr without a stack trace.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { batch, check, diff, exitCode, FORMATS, merge, mergeJsonLines, render, resolveShard, terminalProgress, type BatchReport, type Format, type Report } from './api.js';
import { CopydeskError } from './base/errors.js';
import { VERSION } from './base/version.js';
import { writeInit } from './init.js';
import type { Severity } from './model/finding.js';
import { formatRules } from './report/rules-list.js';
import { openAtomic, writeAllAtomic } from './report/write.js';
import { Session } from './session/session.js';

type FailOn = Severity | 'never';

class UsageError extends Error {}

/** Where a run of the command line reads and writes: the process's own, or a test's. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal (colour by default). */
  stdoutIsTTY: boolean;
  /** Standard error is a terminal (long runs show their progress there). */
  stderrIsTTY?: boolean;
  /** Terminal width, for help text. */
  columns?: number;
}

/** The process's own streams and folder. */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  };
}

function useColor(io: Io): boolean {
  if ('NO_COLOR' in io.env && io.env['NO_COLOR'] !== '') return false;
  return io.stdoutIsTTY;
}

/** Options of every command that checks: the rules, the config and the exit policy. */
function ruleOptions<T>(y: Argv<T>) {
  return y
    .option('fail-on', { choices: ['error', 'warning', 'info', 'never'] as const, default: 'error' as FailOn, describe: 'Exit 1 when a finding is at or above this severity' })
    .option('rules', { type: 'string', array: true, describe: 'Extra rule packs (YAML or JSON), applied after the default pack and the config' })
    .option('config', { type: 'string', describe: 'Use this config file instead of the nearest .copydeskrc.yaml / .copydeskrc.json' })
    .option('no-config', { type: 'boolean', describe: 'Use no config file' });
}

/** Report formats and where they go, and --max-warnings. */
function outputOptions<T>(y: Argv<T>, fallback: Format = 'text') {
  return y
    .option('format', { type: 'string', array: true, choices: FORMATS as Format[], describe: `Report format; repeat with --out for several reports in one run (default ${fallback})` })
    .option('out', { type: 'string', array: true, describe: 'Write the report of the matching --format to this file (atomically) instead of stdout' })
    .option('max-warnings', { type: 'number', describe: 'Exit 1 when there are more warnings than this' });
}

/** Options shared by check and diff: those above, related reports, outputs and --max-warnings. */
function common<T>(y: Argv<T>) {
  return outputOptions(ruleOptions(y)).option('related', { type: 'string', array: true, describe: 'Other reports of the same story to check against' });
}

interface CommonArgs {
  format?: string[];
  out?: string[];
  'fail-on': FailOn;
  'max-warnings'?: number;
  rules?: string[];
  config?: string;
  'no-config'?: boolean;
  related?: string[];
}

function checkOptions(args: CommonArgs) {
  return { rules: args.rules ?? [], related: args.related ?? [], ...(args.config ? { config: args.config } : {}), ...(args['no-config'] ? { noConfig: true } : {}) };
}

/** Options for many files: worker threads, a shard of the inputs, a cache. */
function scale<T>(y: Argv<T>, key = 'path') {
  return y
    .option('jobs', { type: 'number', describe: `Worker threads (default: all cores, ${availableParallelism()} here); the report is the same for any number` })
    .option('shard', { type: 'string', describe: `Take only shard i of n of the inputs ("2/5"), chosen by a hash of each ${key}; "auto" reads it from the CI or batch engine's variables (docs/scale.md)` })
    .option('cache', { type: 'string', describe: 'Cache file: skip inputs unchanged since the last run (content, rules, config)' });
}

interface ScaleArgs {
  jobs?: number;
  shard?: string;
  cache?: string;
}

function runOptions(args: ScaleArgs, io: Io) {
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 1)) throw new UsageError(`--jobs must be a whole number of at least 1 (got ${args.jobs})`);
  return {
    jobs: args.jobs ?? availableParallelism(),
    ...(args.shard !== undefined ? { shard: resolveShard(args.shard, io.env) } : {}),
    ...(args.cache !== undefined ? { cache: args.cache } : {}),
    // files done, rate and time left, for a person watching; never in a log or a pipe
    ...(io.stderrIsTTY ? { progress: terminalProgress(io.stderr) } : {}),
  };
}

/** Pairs each --format with its --out; formats without an --out print to stdout (one at most). */
function outputs(args: CommonArgs, fallback: Format = 'text'): { format: Format; out?: string }[] {
  const formats = (args.format?.length ? args.format : [fallback]) as Format[];
  const outs = args.out ?? [];
  if (outs.length > formats.length) {
    if (formats.length === 1 && !args.format?.length) throw new UsageError('--out needs a --format for each file it writes (e.g. --format json --out report.json)');
    throw new UsageError(`${outs.length} --out for ${formats.length} --format: give one --format for each --out`);
  }
  const pairs = formats.map((format, k) => (outs[k] ? { format, out: outs[k] } : { format }));
  if (pairs.filter((p) => !p.out).length > 1) throw new UsageError('only one report can go to stdout: give --out for the others');
  return pairs;
}

/** Checks the output and exit options before any work is done, so a typo costs no run. */
function validateCommon(args: CommonArgs, fallback: Format = 'text'): void {
  const max = args['max-warnings'];
  if (max !== undefined && (!Number.isInteger(max) || max < 0)) throw new UsageError(`--max-warnings must be a whole number of at least 0 (got ${max})`);
  outputs(args, fallback);
}

async function emit(io: Io, report: Report | BatchReport, args: CommonArgs, extra: { session: Session; fallback?: Format }): Promise<number> {
  // every report is rendered before any is written, and the files are written as one
  const rendered = await Promise.all(
    outputs(args, extra.fallback).map(async ({ format, out }) => ({ out, content: await render(report, format, { ...checkOptions(args), session: extra.session, color: !out && format === 'text' && useColor(io) }) })),
  );
  writeAllAtomic(rendered.flatMap(({ out, content }) => (out ? [{ path: resolve(io.cwd, out), content, shownAs: out }] : [])));
  for (const { out, content } of rendered) if (!out) io.stdout(content);
  const policy: { failOn: FailOn; maxWarnings?: number } = { failOn: args['fail-on'] };
  if (args['max-warnings'] !== undefined) policy.maxWarnings = args['max-warnings'];
  return exitCode('stories' in report ? report.stories.flatMap((story) => story.findings) : report.findings, policy);
}

/**
 * The command line, callable in-process: parses `argv` (without the node and script names), runs the
 * command in a session of its own rooted at `io.cwd`, writes to `io` and returns the exit code. Every
 * error becomes one line on stderr and exit 2, never a stack trace.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CopydeskError) io.stderr(`copydesk: ${error.line()}\n`);
    else if (error instanceof UsageError) io.stderr(`copydesk: ${error.message.replace(/\s*\n\s*/g, ' ')} (see copydesk --help)\n`);
    else io.stderr(`copydesk: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const session = new Session({ cwd: io.cwd });
  await yargs()
    .scriptName('copydesk')
    .exitProcess(false)
    .usage('$0 <command> [options]')
    // --no-config is an option of its own, not yargs' negation of --config
    .parserConfiguration({ 'boolean-negation': false })
    .command(
      'check [files..]',
      'Check articles for repeated, contradicted and inconsistent claims',
      (y) =>
        scale(common(y))
          .positional('files', { type: 'string', array: true, describe: 'Markdown or text articles; each is checked on its own' })
          .option('print-config', { type: 'string', describe: 'Print the configuration that applies to this file, and exit' }),
      async (args) => {
        const options = checkOptions(args as CommonArgs);
        if (args['print-config'] !== undefined) {
          io.stdout(printConfig(session, args['print-config'], options));
          return;
        }
        const files = (args.files as string[] | undefined) ?? [];
        if (files.length === 0) throw new UsageError('check needs at least one file');
        validateCommon(args as CommonArgs);
        code = await emit(io, await check(files, { ...options, ...runOptions(args as ScaleArgs, io), session }), args as CommonArgs, { session });
      },
    )
    .command(
      'diff [files..]',
      'Compare versions of an article (oldest first) and report what each edit changed',
      (y) =>
        scale(common(y))
          .positional('files', { type: 'string', array: true, describe: 'Versions, oldest first (with --git: the files to compare with REV)' })
          .option('git', { type: 'string', describe: 'Compare each file with its version at this git revision (all changed Markdown/text files when none is given)' })
          .option('new-only', { type: 'boolean', default: false, describe: 'Report only what the edit brought in' }),
      async (args) => {
        const files = (args.files as string[] | undefined) ?? [];
        if (args.git === undefined && files.length < 2) throw new UsageError(`diff needs at least two versions, oldest first (got ${files.length}); or use --git REV`);
        if (args.git === undefined && (args.jobs !== undefined || args.shard !== undefined)) throw new UsageError('--jobs and --shard spread the files of diff --git; versions of one article are one diff');
        const options = { ...checkOptions(args as CommonArgs), newOnly: args['new-only'] as boolean, ...(args.git !== undefined ? { git: args.git } : {}), ...runOptions(args as ScaleArgs, io) };
        validateCommon(args as CommonArgs);
        code = await emit(io, await diff(files, { ...options, session }), args as CommonArgs, { session });
      },
    )
    .command(
      'batch <manifest>',
      'Check or diff every story of an archive: a JSON Lines manifest, one story per line',
      (y) =>
        scale(outputOptions(ruleOptions(y), 'json'), 'story id').positional('manifest', {
          type: 'string',
          demandOption: true,
          describe: 'JSON Lines: {"id", "article" | "versions", "related"?} per line, paths relative to it. --format json gives JSON Lines, a result per story; html an index of the archive',
        }),
      async (args) => {
        validateCommon(args as unknown as CommonArgs, 'json');
        const report = await batch(args.manifest, { ...checkOptions(args as unknown as CommonArgs), ...runOptions(args as ScaleArgs, io), session });
        code = await emit(io, report, args as unknown as CommonArgs, { session, fallback: 'json' });
      },
    )
    .command(
      'merge <reports..>',
      "Join the reports of a run's shards (check, diff --git or batch with --shard) into the whole run's report",
      (y) =>
        outputOptions(ruleOptions(y), 'json').positional('reports', {
          type: 'string',
          array: true,
          demandOption: true,
          describe: "Every shard's JSON report (or batch JSON Lines), in any order. The rule options only serve the HTML of a check, which reads the articles again",
        }),
      async (args) => {
        const common = args as unknown as CommonArgs;
        validateCommon(common, 'json');
        const [only, ...more] = outputs(common, 'json');
        // batch JSON Lines go out a story at a time: an archive's results need not fit in memory
        const counts = only!.format === 'json' && more.length === 0 ? await mergeLines(io, args.reports as string[], only!.out, session) : undefined;
        if (counts) code = exitCode(counts, { failOn: common['fail-on'], ...(common['max-warnings'] !== undefined ? { maxWarnings: common['max-warnings'] } : {}) });
        else code = await emit(io, await merge(args.reports as string[], { session }), common, { session, fallback: 'json' });
      },
    )
    .command(
      'rules',
      'List every rule with its kind, category, severity and description',
      (y) =>
        y
          .option('format', { choices: ['text', 'json'] as const, default: 'text' as 'text' | 'json', describe: 'A table to read, or JSON for tools' })
          .option('rules', { type: 'string', array: true, describe: 'Extra rule packs to include' })
          .option('config', { type: 'string', describe: 'Apply this config file' }),
      (args) => {
        const set = session.ruleSetFor({ rules: args.rules ?? [], ...(args.config ? { config: args.config } : {}) });
        io.stdout(formatRules(set.rules, set.kinds, args.format));
      },
    )
    .command(
      'init',
      'Write a commented starter config (.copydeskrc.yaml) in the current folder',
      (y) => y.option('force', { type: 'boolean', default: false, describe: 'Replace an existing .copydeskrc.yaml or .yml (a JSON config is left alone)' }),
      (args) => {
        const path = writeInit(io.cwd, args.force);
        io.stdout(`wrote ${path}\n`);
      },
    )
    .demandCommand(1, 'say which command to run: check, diff, batch, merge, rules or init')
    .strict()
    .version(VERSION)
    .help()
    .wrap(Math.min(100, io.columns ?? 100))
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message);
    })
    // help and --version come back as output rather than going to the console
    .parseAsync(argv, {}, (_error, _parsed, output) => {
      if (output) io.stdout(`${output}\n`);
    });
  return code;
}

/** `merge` of batch outputs to JSON Lines, written as they come (atomically to `out`); undefined for other reports. */
async function mergeLines(io: Io, reports: string[], out: string | undefined, session: Session) {
  let file: ReturnType<typeof openAtomic> | undefined;
  const open = () => {
    if (out === undefined) return io.stdout;
    const opened = (file = openAtomic(resolve(io.cwd, out), out));
    return (text: string) => opened.write(text);
  };
  try {
    const counts = await mergeJsonLines(reports, open, { session });
    file?.commit();
    return counts;
  } finally {
    file?.abort();
  }
}

/** --print-config: the config file found for a file, and the rules it makes, as JSON. */
function printConfig(session: Session, file: string, options: ReturnType<typeof checkOptions>): string {
  const config = session.configOf(options, file);
  const set = session.ruleSetFor(options, file);
  const out = {
    file,
    config: config.path ?? null,
    defaultRules: config.defaultRules,
    packs: set.packs,
    lexicons: config.lexicons,
    ignore: config.ignore,
    rules: Object.fromEntries(set.rules.map((r) => [r.id, { kind: r.kind, category: r.category, severity: r.severity, options: r.options }])),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

