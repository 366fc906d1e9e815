import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShard, resolveShard, shardFromEnv } from '../src/run/shard.js';
import { cli } from './support/cli.js';
import { archive, editedRepository } from './support/archive.js';

/** The second of three shards, as each engine says it (GitLab counts from 1, the others from 0). */
const ENGINES: { engine: string; env: Record<string, string> }[] = [
  { engine: 'GitLab parallel', env: { GITLAB_CI: 'true', CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' } },
  { engine: 'CircleCI parallelism', env: { CIRCLECI: 'true', CIRCLE_NODE_INDEX: '1', CIRCLE_NODE_TOTAL: '3' } },
  { engine: 'Buildkite parallelism', env: { BUILDKITE: 'true', BUILDKITE_PARALLEL_JOB: '1', BUILDKITE_PARALLEL_JOB_COUNT: '3' } },
  { engine: 'Kubernetes Indexed Job', env: { JOB_COMPLETION_INDEX: '1', COPYDESK_SHARD_TOTAL: '3' } },
  { engine: 'AWS Batch array job', env: { AWS_BATCH_JOB_ARRAY_INDEX: '1', COPYDESK_SHARD_TOTAL: '3' } },
];

test('--shard auto reads each engine\'s variables, counting from the engine\'s first index', () => {
  for (const { engine, env } of ENGINES) assert.deepEqual(shardFromEnv(env), { index: 2, count: 3 }, engine);
  // the first and last shard of each engine
  assert.deepEqual(shardFromEnv({ CI_NODE_INDEX: '1', CI_NODE_TOTAL: '4' }), { index: 1, count: 4 });
  assert.deepEqual(shardFromEnv({ CI_NODE_INDEX: '4', CI_NODE_TOTAL: '4' }), { index: 4, count: 4 });
  assert.deepEqual(shardFromEnv({ CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '1' }), { index: 1, count: 1 }, 'CircleCI without parallelism');
  assert.deepEqual(shardFromEnv({ AWS_BATCH_JOB_ARRAY_INDEX: '9', COPYDESK_SHARD_TOTAL: '10' }), { index: 10, count: 10 });
  // two engines that agree (a GitLab runner in a Kubernetes Indexed Job, say)
  assert.deepEqual(shardFromEnv({ CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3', JOB_COMPLETION_INDEX: '1', COPYDESK_SHARD_TOTAL: '3' }), { index: 2, count: 3 });
  assert.deepEqual(resolveShard('auto', ENGINES[0]!.env), parseShard('2/3'));
  assert.deepEqual(resolveShard('2/3', {}), { index: 2, count: 3 });
});

test('--shard auto refuses what it cannot read, naming the variable', () => {
  const refused = (env: Record<string, string>) => {
    try {
      shardFromEnv(env);
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  };
  assert.equal(refused({}), '--shard auto found no shard in the environment (looked for CI_NODE_INDEX, CIRCLE_NODE_INDEX, BUILDKITE_PARALLEL_JOB, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX): give --shard i/n');
  // GitLab sets CI_NODE_TOTAL=1 on every job; only a parallel job has an index
  assert.match(refused({ CI_NODE_TOTAL: '1' }), /found no shard in the environment/);
  assert.equal(refused({ CI_NODE_INDEX: '0', CI_NODE_TOTAL: '3' }), '--shard auto: CI_NODE_INDEX=0 is outside 1…3 for CI_NODE_TOTAL=3 (GitLab counts from 1)');
  assert.equal(refused({ CIRCLE_NODE_INDEX: '3', CIRCLE_NODE_TOTAL: '3' }), '--shard auto: CIRCLE_NODE_INDEX=3 is outside 0…2 for CIRCLE_NODE_TOTAL=3 (CircleCI counts from 0)');
  assert.equal(refused({ JOB_COMPLETION_INDEX: '2' }), '--shard auto: JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but COPYDESK_SHARD_TOTAL is not: set COPYDESK_SHARD_TOTAL to the number of shards');
  assert.equal(refused({ BUILDKITE_PARALLEL_JOB: 'one', BUILDKITE_PARALLEL_JOB_COUNT: '3' }), '--shard auto: BUILDKITE_PARALLEL_JOB must be a whole number (got "one")');
  assert.equal(refused({ AWS_BATCH_JOB_ARRAY_INDEX: '0', COPYDESK_SHARD_TOTAL: '0' }), '--shard auto: COPYDESK_SHARD_TOTAL must be at least 1 (got 0)');
  assert.equal(
    refused({ CI_NODE_INDEX: '1', CI_NODE_TOTAL: '3', CIRCLE_NODE_INDEX: '1', CIRCLE_NODE_TOTAL: '3' }),
    '--shard auto: the environment names two different shards (CI_NODE_INDEX says 1/3, CIRCLE_NODE_INDEX says 2/3): give --shard i/n',
  );
});

test('--shard auto under each engine gives the report of the explicit --shard i/n: check, batch and diff --git', async () => {
  const { dir, articles, manifest } = archive();
  const repo = editedRepository();
  const runs: { command: string; cwd: string; args: string[] }[] = [
    { command: 'check', cwd: dir, args: ['check', ...articles, '--no-config', '--format', 'json', '--fail-on', 'never'] },
    { command: 'batch', cwd: dir, args: ['batch', manifest, '--no-config', '--fail-on', 'never'] },
    { command: 'diff --git', cwd: repo, args: ['diff', '--git', 'HEAD', '--no-config', '--format', 'json', '--fail-on', 'never'] },
  ];
  for (const { command, cwd, args } of runs) {
    const explicit = await cli([...args, '--shard', '2/3', '--jobs', '1'], { cwd });
    assert.equal(explicit.status, 0, explicit.stderr);
    const whole = await cli([...args, '--jobs', '1'], { cwd });
    // the shard is a part of the run: some of its inputs, not none and not all
    const count = (out: string) => (command === 'batch' ? out.trim().split('\n').filter((line) => !line.startsWith('{"shard"')).length : (JSON.parse(out).diffs ?? JSON.parse(out).files).length);
    assert.ok(count(explicit.stdout) > 0 && count(explicit.stdout) < count(whole.stdout), `${command}: shard 2/3 takes part of the run`);
    for (const { engine, env } of ENGINES) {
      const auto = await cli([...args, '--shard', 'auto', '--jobs', '1'], { cwd, env });
      assert.equal(auto.status, 0, auto.stderr);
      assert.equal(auto.stdout, explicit.stdout, `${command} under ${engine}`);
    }
  }
  const none = await cli(['batch', manifest, '--shard', 'auto'], { cwd: dir });
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^copydesk: --shard auto found no shard in the environment \(looked for CI_NODE_INDEX, .*\): give --shard i\/n\n$/);
});
