import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';
import { englishModel } from '../src/text/wink-model.js';

// the package's own model, as `import model from 'wink-eng-lite-web-model'` gave it before
const packageModel = createRequire(import.meta.url)('wink-eng-lite-web-model') as Model & Record<string, unknown>;

test("wink's core model read the faster way is the package's own, whole (arrays, hashes, sets, packing)", () => {
  const ours = (englishModel().core as () => unknown)();
  const theirs = (packageModel.core as () => unknown)();
  assert.deepStrictEqual(ours, theirs);
});

test("every other part of the model is the package's own loader, and no part is missing", () => {
  const ours = englishModel() as Model & Record<string, unknown>;
  assert.deepEqual(Object.keys(ours), Object.keys(packageModel));
  for (const key of Object.keys(packageModel).filter((k) => k !== 'core' && k !== 'addons')) assert.equal(ours[key], packageModel[key], key);
  assert.deepEqual(Object.keys(ours.addons), Object.keys(packageModel.addons));
  for (const key of Object.keys(packageModel.addons) as (keyof Model['addons'])[]) assert.equal(ours.addons[key], packageModel.addons[key], key);
});
