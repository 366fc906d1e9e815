import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';

/**
 * wink's English model (wink-eng-lite-web-model, pinned), read about twice as fast as the package
 * reads it. Its core model is a 3 MB JSON file: the package `require`s it when its index is loaded
 * (even for `copydesk --version`), then copies it through `JSON.parse(JSON.stringify(…))` and decodes
 * 1.8 MB of base64 a character at a time, some 90 ms of a one-article check. Here the JSON is parsed
 * once, when the model is first needed, and the base64 decoded by Node; what follows is the package's
 * own `read-core-model.js` and `load-core-model.js`, step for step, so `core()` returns the same
 * object (test/wink-model.test.ts compares the two whole). Every other part is the package's own
 * loader, listed as its `dist/model.js` lists them.
 */
const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';

interface Layout {
  [feature: string]: [number, number, number, number, number, number];
}
interface Feature {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}
interface CoreModel {
  packing: { layout: Layout; efList: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

function words(base64: string): Uint32Array {
  // a copy, so the array has a buffer of its own, as the package's has
  return new Uint32Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
}

/**
 * The lexeme hash, word to index, for the 87,600 words of the lexicon. As a plain object it takes
 * some 45 ms to fill (objects of that many keys are slow dictionaries); a Map takes a third of that.
 * wink reads and adds words with `hash[word]` and `hash[word] = index`, so the Map sits behind an
 * object's face: a Proxy whose keys, reads and writes are the Map's.
 */
function lexemeHash(list: string[]): Record<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k += 1) map.set(list[k]!, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? map.get(key) : undefined),
    set: (_, key, value: number) => (typeof key === 'string' && map.set(key, value) !== undefined),
    has: (_, key) => typeof key === 'string' && map.has(key),
    deleteProperty: (_, key) => typeof key === 'string' && map.delete(key),
    ownKeys: () => [...map.keys()],
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && map.has(key) ? { value: map.get(key), writable: true, enumerable: true, configurable: true } : undefined,
  });
}

/** `readModel` then `loadModel` of the package, without the JSON round trip. */
function core(): CoreModel {
  const model = JSON.parse(readFileSync(require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const feature = features[f]!;
    feature.hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k += 1) feature.hash[feature.list[k]!] = k;
  }
  features.lexeme.hash = lexemeHash(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The model as the package's `dist/model.js` makes it, with the core read as above. */
export function englishModel(): Model {
  const model = Object.create(null) as Model;
  model.core = core;
  model.sbd = require(`${DIST}load-sbd-model.js`);
  model.pos = require(`${DIST}load-pos-model.js`);
  model.ner = require(`${DIST}load-ner-model.js`);
  model.negation = require(`${DIST}load-negation-model.js`);
  model.sa = require(`${DIST}load-sa-model.js`);
  model.metaCER = require(`${DIST}load-cer-meta-model.js`);
  model.featureFn = require(`${DIST}feature.js`);
  model.addons = Object.create(null) as Model['addons'];
  model.addons.stem = require(`${DIST}porter-stemmer.js`);
  model.addons.lemmatize = require(`${DIST}lemmatize.js`);
  model.addons.readabilityStats = require(`${DIST}readability-stats.js`);
  model.addons.wordVectors = undefined;
  return model;
}
