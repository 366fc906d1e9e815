/**
 * The command line: a thin layer over the library (src/api.ts). Exit codes follow Vale and textlint:
 * 0 nothing at or above --fail-on, 1 findings at or above it (or more warnings than --max-warnings),
 * 2 usage, config, input or internal error, reported on one line of stderr without a stack trace.
 * The library loads when a command runs, so `--version` and `--help` load only yargs.
 */
import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import type * as Library from './api.js';
import type { BatchReport, Report } from './api.js';
import { CopydeskError } from './base/errors.js';
import { VERSION } from './base/version.js';
import { printable } from './base/printable.js';
import type { Severity } from './model/finding.js';
import { FORMATS, type Format } from './report/formats.js';
import { openAtomic, writeAllAtomic } from './report/write.js';
import { maxFileSize, sizeText } from './session/read-input.js';
import type { Session } from './session/session.js';

type Api = typeof Library;

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
  /** Standard input, read whole (for `-`). */
  stdin?: () => Promise<Uint8Array>;
  /** Standard input is a terminal: `-` is refused rather than waiting for someone to type an article. */
  stdinIsTTY?: boolean;
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
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdin: async () => {
      // read with the same limit as a file: a pipe that never ends is cut off, not read forever
      const limit = maxFileSize();
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        size += (chunk as Buffer).length;
        if (size > limit) throw new CopydeskError(`is more than the ${sizeText(limit)} copydesk reads (COPYDESK_MAX_FILE_SIZE raises it)`, 'standard input');
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    },
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  };
}

/**
 * Colour in the text report: --color / --no-color first, then FORCE_COLOR (as Node and most tools read
 * it: "0" or "false" turns colour off, anything else on), then NO_COLOR, then whether stdout is a terminal.
 */
function useColor(io: Io, flags: { color?: boolean; 'no-color'?: boolean } = {}): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return !/^(0|false)$/i.test(force);
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
  return outputOptions(ruleOptions(y))
    .option('related', { type: 'string', array: true, describe: 'Other reports of the same story to check against' })
    .option('color', { type: 'boolean', describe: 'Colour the text report even when stdout is not a terminal (also FORCE_COLOR=1)' })
    .option('no-color', { type: 'boolean', describe: 'Never colour the text report (also NO_COLOR=1)' });
}

interface CommonArgs {
  color?: boolean;
  'no-color'?: boolean;
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

function runOptions(api: Api, args: ScaleArgs, io: Io) {
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 1)) throw new UsageError(`--jobs must be a whole number of at least 1 (got ${args.jobs})`);
  // each worker loads its own language model (about 150 MB): more workers than cores only use memory
  const cores = availableParallelism();
  if (args.jobs !== undefined && args.jobs > cores) io.stderr(`copydesk: --jobs ${args.jobs} is more than the ${cores} cores here: using ${cores}\n`);
  return {
    jobs: Math.min(args.jobs ?? cores, cores),
    ...(args.shard !== undefined ? { shard: api.resolveShard(args.shard, io.env) } : {}),
    ...(args.cache !== undefined ? { cache: args.cache } : {}),
    onWarning: (message: string) => io.stderr(`copydesk: warning: ${printable(message)}\n`),
    // files done, rate and time left, for a person watching; never in a log or a pipe
    ...(io.stderrIsTTY ? { progress: api.terminalProgress(io.stderr) } : {}),
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

/** The file a path names, through links, for comparing two names of one file; the path itself if it does not exist. */
function identity(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/**
 * A report or cache written over an article would destroy it (`check story.md --out story.md`), and one
 * file named for two outputs would keep only one: refused before anything is read or written.
 */
function refuseClobbering(io: Io, inputs: string[], outs: string[], cache?: string): void {
  const read = new Map(inputs.filter((p) => p !== '-').map((p) => [identity(io.cwd, p), p]));
  const written = new Map<string, string>();
  for (const [flag, path] of [...outs.map((o) => ['--out', o] as const), ...(cache !== undefined ? [['--cache', cache] as const] : [])]) {
    if (path === '-') continue;
    const id = identity(io.cwd, path);
    if (read.has(id)) throw new CopydeskError(`${flag} would overwrite ${read.get(id)}, which is an input: write the report elsewhere`, path);
    if (written.has(id)) throw new CopydeskError(written.get(id) === flag ? `is named for two reports: give each its own file` : `is named for a report and the cache: give each its own file`, path);
    written.set(id, flag);
  }
}

async function emit(api: Api, io: Io, report: Report | BatchReport, args: CommonArgs, extra: { session: Session; fallback?: Format }): Promise<number> {
  // every report is rendered before any is written, and the files are written as one
  const rendered = await Promise.all(
    outputs(args, extra.fallback).map(async ({ format, out }) => ({
      out,
      content: await tooLarge(format, out, () => api.render(report, format, { ...checkOptions(args), session: extra.session, color: !out && format === 'text' && useColor(io, args) })),
    })),
  );
  writeAllAtomic(rendered.flatMap(({ out, content }) => (out ? [{ path: resolve(io.cwd, out), content, shownAs: out }] : [])));
  for (const { out, content } of rendered) if (!out) io.stdout(content);
  // a report written to a file says so where a person looks, without mixing into stdout's report
  for (const { out } of rendered) if (out) io.stderr(`wrote ${printable(out)}\n`);
  const policy: { failOn: FailOn; maxWarnings?: number } = { failOn: args['fail-on'] };
  if (args['max-warnings'] !== undefined) policy.maxWarnings = args['max-warnings'];
  return api.exitCode('stories' in report ? report.stories.flatMap((story) => story.findings) : report.findings, policy);
}

/**
 * A report longer than Node can hold as one string (about 512 MB: many files, each with up to its cap
 * of findings) is said in one line, naming the report; nothing is written, so an earlier one stays.
 */
async function tooLarge(format: Format, out: string | undefined, make: () => Promise<string>): Promise<string> {
  try {
    return await make();
  } catch (error) {
    if (!(error instanceof RangeError && /string length/i.test(error.message))) throw error;
    throw new CopydeskError(`the ${format} report is too large to make (Node holds at most 512 MB of text at once): check fewer files at a time`, out ?? 'standard output');
  }
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
    // one line, whatever a file name or a revision holds: newlines and escape codes are shown escaped
    if (error instanceof CopydeskError) io.stderr(`copydesk: ${printable(error.line())}\n`);
    else if (error instanceof UsageError) io.stderr(`copydesk: ${printable(error.message.replace(/\s*\n\s*/g, ' '))} (see copydesk --help)\n`);
    else io.stderr(`copydesk: internal error: ${printable(error instanceof Error ? error.message.split('\n')[0]! : String(error))}\n`);
    return 2;
  }
}

/**
 * The words after "--" are files (a manifest for batch), whatever they start with: yargs keeps them
 * apart under "--", and they join the command's positionals before its checks run.
 */
function filesAfterDoubleDash(args: Record<string, unknown>): void {
  const rest = args['--'] as string[] | undefined;
  delete args['--'];
  if (!rest?.length) return;
  const command = (args['_'] as unknown[] | undefined)?.[0];
  if (command === undefined) return;
  if (command === 'batch') {
    if (args['manifest'] !== undefined || rest.length > 1) throw new UsageError('batch takes one manifest');
    args['manifest'] = rest[0];
  } else if (command === 'check' || command === 'diff') args['files'] = [...((args['files'] as string[] | undefined) ?? []), ...rest];
  else if (command === 'merge') args['reports'] = [...((args['reports'] as string[] | undefined) ?? []), ...rest];
  else throw new UsageError(`${String(command)} takes no files (got ${JSON.stringify(rest[0])})`);
}

async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  // the library, and a session rooted at the run's folder, when the first command needs them
  let loading: Promise<{ api: Api; session: Session }> | undefined;
  const library = () => (loading ??= import('./api.js').then((api) => ({ api, session: new api.Session({ cwd: io.cwd }) })));
  const parser = yargs()
    .scriptName('copydesk')
    // copydesk speaks English: yargs' help headings and errors too, whatever LANG says (the bundled
    // executable has no yargs locale files to read)
    .detectLocale(false)
    .exitProcess(false)
    .usage('$0 <command> [options]')
    // --no-config is an option of its own; after "--" every word is a file, even "-draft.md"
    .parserConfiguration({ 'boolean-negation': false, 'populate--': true })
    .middleware(filesAfterDoubleDash, true)
    .command(
      'check [files..]',
      'Check articles for repeated, contradicted and inconsistent claims',
      (y) =>
        scale(common(y))
          .positional('files', { type: 'string', array: true, describe: 'Articles (Markdown, text or HTML), folders (walked; .gitignore honoured), quoted globs, or - for standard input; each is checked on its own' })
          .option('stdin-filename', { type: 'string', describe: 'The name standard input (-) is checked under: its format and its config (default stdin.md)' })
          .option('print-config', { type: 'string', describe: 'Print the configuration that applies to this file, and exit' }),
      async (args) => {
        const { api, session } = await library();
        const options = checkOptions(args as CommonArgs);
        if (args['print-config'] !== undefined) {
          io.stdout(printConfig(session, args['print-config'], options));
          return;
        }
        // yargs drops a bare "-" from the positionals: it stands for standard input
        const given = [...((args.files as string[] | undefined) ?? []), ...(argv.includes('-') && !(args.files as string[] | undefined)?.includes('-') ? ['-'] : [])];
        if (given.length === 0) throw new UsageError('check needs at least one file, folder or glob (or - for standard input)');
        validateCommon(args as CommonArgs);
        const inputs = (await import('./run/inputs.js')).expandInputs(io.cwd, given);
        for (const link of inputs.skipped.sort()) io.stderr(`copydesk: note: ${printable(link)}: is a symbolic link, which a folder walk does not follow (name it to check it)\n`);
        const files = [...inputs.paths];
        refuseClobbering(io, [...files, ...((args.related as string[] | undefined) ?? [])], (args.out as string[] | undefined) ?? [], args.cache as string | undefined);
        if (inputs.stdin) {
          const name = (args['stdin-filename'] as string | undefined) ?? 'stdin.md';
          session.provide(name, await readStdin(io));
          files.push(name);
        }
        const report = await api.check(files, { ...options, ...runOptions(api, args as ScaleArgs, io), session });
        if (inputs.problems.length) report.unreadable = [...inputs.problems, ...(report.unreadable ?? [])];
        const unreadable = report.unreadable ?? [];
        // when nothing could be read there is nothing to report: an earlier report stays as it was (but a
        // shard's report is written, so that the merge names what it could not read)
        if (report.files.length > 0 || unreadable.length === 0 || report.shard) code = await emit(api, io, report, args as CommonArgs, { session });
        // a file that could not be read is named on its own line; the others were checked and reported
        for (const problem of unreadable) io.stderr(`copydesk: ${printable(`${problem.path}: ${problem.message}`)}\n`);
        if (unreadable.length) code = 2;
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
        const { api, session } = await library();
        const files = (args.files as string[] | undefined) ?? [];
        if (args.git === undefined && files.length < 2) throw new UsageError(`diff needs at least two versions, oldest first (got ${files.length}); or use --git REV`);
        if (args.git === undefined && (args.jobs !== undefined || args.shard !== undefined)) throw new UsageError('--jobs and --shard spread the files of diff --git; versions of one article are one diff');
        const options = { ...checkOptions(args as CommonArgs), newOnly: args['new-only'] as boolean, ...(args.git !== undefined ? { git: args.git } : {}), ...runOptions(api, args as ScaleArgs, io) };
        validateCommon(args as CommonArgs);
        refuseClobbering(io, [...files, ...((args.related as string[] | undefined) ?? [])], (args.out as string[] | undefined) ?? [], args.cache as string | undefined);
        const report = await api.diff(files, { ...options, session });
        // with --git the inputs are known only now: no report may replace one of them
        refuseClobbering(io, report.files.map((f) => f.path).filter((p) => existsSync(resolve(io.cwd, p))), (args.out as string[] | undefined) ?? []);
        code = await emit(api, io, report, args as CommonArgs, { session });
        // files left out (links a pull request planted) are named; the run exits 2
        for (const problem of report.unreadable ?? []) io.stderr(`copydesk: ${printable(`${problem.path}: ${problem.message}`)}\n`);
        if (report.unreadable?.length) code = 2;
      },
    )
    .command(
      'batch [manifest]',
      'Check or diff every story of an archive: a JSON Lines manifest, one story per line',
      (y) =>
        scale(outputOptions(ruleOptions(y), 'json'), 'story id').positional('manifest', {
          type: 'string',
          describe: 'JSON Lines: {"id", "article" | "versions", "related"?} per line, paths relative to it. --format json gives JSON Lines, a result per story; html an index of the archive',
        }),
      async (args) => {
        if (args.manifest === undefined) throw new UsageError('batch needs a manifest: a JSON Lines file, one story per line');
        const { api, session } = await library();
        const common = args as unknown as CommonArgs;
        validateCommon(common, 'json');
        refuseClobbering(io, [args.manifest as string], common.out ?? [], args.cache as string | undefined);
        const report = await api.batch(args.manifest, { ...checkOptions(common), ...runOptions(api, args as ScaleArgs, io), session });
        code = await emit(api, io, report, common, { session, fallback: 'json' });
        // the JSON Lines are for tools; a person running an archive wants the totals
        io.stderr(`${batchSummary(report.stories)}\n`);
      },
    )
    .command(
      'merge [reports..]',
      "Join the reports of a run's shards (check, diff --git or batch with --shard) into the whole run's report",
      (y) =>
        outputOptions(ruleOptions(y), 'json').positional('reports', {
          type: 'string',
          array: true,
          describe: "Every shard's JSON report (or batch JSON Lines), in any order. The rule options only serve the HTML of check and diff, which read the articles again",
        }),
      async (args) => {
        const common = args as unknown as CommonArgs;
        const reports = (args.reports as string[] | undefined) ?? [];
        if (reports.length === 0) throw new UsageError("merge needs the reports of a run's shards (each shard's --format json report)");
        const { api, session } = await library();
        validateCommon(common, 'json');
        refuseClobbering(io, reports, common.out ?? []);
        const [only, ...more] = outputs(common, 'json');
        // batch JSON Lines go out a story at a time: an archive's results need not fit in memory
        const counts = only!.format === 'json' && more.length === 0 ? await mergeLines(api, io, reports, only!.out, session) : undefined;
        if (counts) {
          code = api.exitCode(counts, { failOn: common['fail-on'], ...(common['max-warnings'] !== undefined ? { maxWarnings: common['max-warnings'] } : {}) });
          return;
        }
        const report = await api.merge(reports, { session });
        code = await emit(api, io, report, common, { session, fallback: 'json' });
        // the whole run named what it could not read and exited 2: so does its merge
        const unreadable = 'stories' in report ? [] : (report.unreadable ?? []);
        for (const problem of unreadable) io.stderr(`copydesk: ${printable(`${problem.path}: ${problem.message}`)}\n`);
        if (unreadable.length) code = 2;
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
      async (args) => {
        const { session } = await library();
        const { formatRules } = await import('./report/rules-list.js');
        const set = session.ruleSetFor({ rules: args.rules ?? [], ...(args.config ? { config: args.config } : {}) });
        io.stdout(formatRules(set.rules, set.kinds, args.format));
      },
    )
    .command(
      'init',
      'Write a commented starter config (.copydeskrc.yaml) in the current folder',
      (y) => y.option('force', { type: 'boolean', default: false, describe: 'Replace an existing .copydeskrc.yaml or .yml (a JSON config is left alone)' }),
      async (args) => {
        const path = (await import('./init.js')).writeInit(io.cwd, args.force);
        io.stdout(`wrote ${path}\n`);
      },
    )
    .command(
      'lsp',
      'Run the language server on standard input and output, for editors (README: In the editor)',
      (y) => y.option('stdio', { type: 'boolean', describe: 'Talk over standard input and output (the only transport; editors may pass it)' }),
      async () => (await import('./lsp/server.js')).serveStdio(io.cwd),
    )
    .demandCommand(1, 'say which command to run: check, diff, batch, merge, rules, init or lsp')
    .strict()
    .recommendCommands()
    .version(VERSION)
    .alias('version', 'v')
    .help()
    .alias('help', 'h')
    .wrap(Math.min(100, io.columns ?? 100))
    .fail((message, error) => {
      if (error) throw error;
      // "Did you mean check?" says nothing of what was typed
      const suggestion = /^Did you mean (.+)\?$/.exec(message ?? '');
      if (suggestion) throw new UsageError(`unknown command "${argv[0]}": did you mean ${suggestion[1]}?`);
      throw new UsageError(message);
    });
  skipHelpCache(parser);
  // help and --version come back as output rather than going to the console
  await parser.parseAsync(argv, {}, (_error, _parsed, output) => {
    if (output) io.stdout(`${output}\n`);
  });
  return code;
}

/**
 * After every command yargs renders its whole help text and keeps it, for a later showHelp() while an
 * async handler runs: about 15 ms of a one-article check, measuring every line's width. copydesk never
 * shows help after a command starts (a failure is one line, `--help` is answered before any command),
 * so the rendering is skipped, as the Angular CLI does. Should a later yargs lack these internals,
 * nothing changes.
 */
function skipHelpCache(parser: Argv): void {
  const internals = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.();
  const usage = internals?.getUsageInstance?.();
  if (typeof usage?.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

/** `merge` of batch outputs to JSON Lines, written as they come (atomically to `out`); undefined for other reports. */
async function mergeLines(api: Api, io: Io, reports: string[], out: string | undefined, session: Session) {
  let file: ReturnType<typeof openAtomic> | undefined;
  const open = () => {
    if (out === undefined) return io.stdout;
    const opened = (file = openAtomic(resolve(io.cwd, out), out));
    return (text: string) => opened.write(text);
  };
  try {
    const counts = await api.mergeJsonLines(reports, open, { session });
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

/** "batch: 300 stories, 12 with findings: 2 errors, 14 warnings, 40 info". */
function batchSummary(results: { findings: { severity: Severity }[] }[]): string {
  const count = (severity: Severity) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const flagged = results.filter((r) => r.findings.length > 0).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `batch: ${plural(results.length, 'story').replace('storys', 'stories')}, ${flagged} with findings: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

/**
 * Standard input for `-`, read to its end with the file size limit. A terminal is refused at once: a
 * linter started by a script or an editor without an article piped in would otherwise wait for ever
 * for someone to type one. A pipe is read until its writer closes it, as cat and eslint --stdin do.
 */
async function readStdin(io: Io): Promise<Uint8Array> {
  if (!io.stdin) throw new UsageError('standard input (-) is not available here');
  if (io.stdinIsTTY) throw new CopydeskError('is a terminal: pipe an article in (cat story.md | copydesk check -) or name the file', 'standard input');
  return io.stdin();
}
