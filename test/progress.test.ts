import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { terminalProgress } from '../src/run/progress.js';
import { main } from '../src/command.js';
import { captureIo } from './support/cli.js';
import { archive } from './support/archive.js';

test('progress: done of all, the rate and the time left, redrawn in place at most every 200 ms, then a closing line', () => {
  let out = '';
  let clock = 0;
  const progress = terminalProgress((text) => (out += text), () => clock);
  progress(0, 2400, 'stories');
  clock = 1000;
  progress(10, 2400, 'stories');
  clock = 1100;
  progress(11, 2400, 'stories'); // too soon after the last drawing: not drawn
  clock = 60_000;
  progress(600, 2400, 'stories');
  clock = 240_000;
  progress(2400, 2400, 'stories');
  assert.equal(
    out,
    [
      '\r\u001b[Kcopydesk: 10/2,400 stories, 10 stories/s, about 4 min left',
      '\r\u001b[Kcopydesk: 600/2,400 stories, 10 stories/s, about 3 min left',
      '\r\u001b[Kcopydesk: 2,400/2,400 stories in 4 min (10 stories/s)\n',
    ].join(''),
  );
});

test('long runs show progress on standard error only when it is a terminal', async () => {
  const { dir, manifest } = archive();
  const run = async (stderrIsTTY: boolean) => {
    const io = { ...captureIo(dir), stderrIsTTY };
    const code = await main(['batch', manifest, '--no-config', '--jobs', '1', '--fail-on', 'never', '--out', 'results.jsonl'], io);
    return { code, err: io.err(), results: readFileSync(`${dir}/results.jsonl`, 'utf8') };
  };
  const quiet = await run(false);
  assert.equal(quiet.code, 0);
  assert.match(quiet.err, /^wrote results\.jsonl\nbatch: 12 stories, \d+ with findings: [^\r]*\n$/, 'the totals, no progress');
  const shown = await run(true);
  assert.equal(shown.results, quiet.results, 'the report is the same');
  assert.match(shown.err, /\r\u001b\[Kcopydesk: 12\/12 stories in \d+ s \([\d.]+ stories\/s\)\nwrote results\.jsonl\nbatch: 12 stories/);
  assert.match(shown.err, /^\r\u001b\[Kcopydesk: 1\/12 stories, [\d.]+ stories\/s, about \d+ s left/);
});
