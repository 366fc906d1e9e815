import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { main, type Io } from '../../src/command.js';
import { packagePath } from '../../src/base/package-path.js';

/**
 * The executable package.json names (the bundle the build makes, dist/bin/copydesk.js), run as users
 * run it: for the few smoke tests that need a process.
 */
export const CLI = packagePath((JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { bin: { copydesk: string } }).bin.copydesk);

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in its own process (exit codes, stdin, signals, the executable itself). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Streams a test can read back, rooted in a folder, as a terminal-less run sees them. */
export function captureIo(cwd: string, env: Record<string, string> = {}): Io & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    stdoutIsTTY: false,
    out: () => out,
    err: () => err,
  };
}

/** Runs the CLI in this process (command.ts's main): what most CLI tests use, at a fraction of a process's cost. */
export async function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const io = captureIo(options.cwd ?? process.cwd(), options.env);
  const status = await main(args, io);
  return { status, stdout: io.out(), stderr: io.err() };
}
