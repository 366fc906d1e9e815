import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { checkText, render, type Format } from '../src/api.js';
import { CopydeskError } from '../src/base/errors.js';
import { checkInput } from '../src/engine/check.js';
import { diffInputs } from '../src/engine/diff.js';
import { decodeInput } from '../src/load/decode.js';
import { formatJson } from '../src/report/json.js';
import { diffJsonReport } from '../src/report/diff-json.js';
import { validator } from '../src/schema/validate.js';
import { Session } from '../src/session/session.js';
import { assertPlacesInFiles } from './support/locations.js';
import { article, edited, runs } from './support/news-text.js';

// Properties of the whole pipeline, check and diff, on news copy mixed with hostile text: no
// exception but a one-line CopydeskError, every finding's places inside its file at its text, line
// and column, the same report on a second run, and reports that stay well-formed.

const session = new Session();
const ruleSet = session.ruleSetFor({ noConfig: true });

/** An article that restates itself with changes, so the rules have repetitions and contradictions to find. */
const restated = article.chain(({ path, text }) => edited(text).map((again) => ({ path, text: `${text}\n\n${again}` })));

/** Runs `run`; a CopydeskError (bad front matter, an empty or binary file) is a clear answer, not a failure. */
function answered<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof CopydeskError) return undefined;
    throw error;
  }
}

test('property: checkText answers any article with findings inside the file, the same twice', () => {
  fc.assert(
    fc.property(restated, ({ path, text }) => {
      const report = answered(() => checkText(text, { path, noConfig: true, session }));
      if (!report) return;
      // the text as read: UTF-8 (a lone surrogate is U+FFFD), without its BOM
      const source = decodeInput(path, new TextEncoder().encode(text)).text;
      assertPlacesInFiles(report.findings, new Map([[path, source]]));
      const again = checkText(text, { path, noConfig: true, session: new Session() });
      assert.equal(formatJson(again), formatJson(report), 'a fresh run gives the same report');
    }),
    runs(12),
  );
});

test('property: the kernel answers raw text (NUL, lone surrogates, a BOM) with findings inside it', () => {
  fc.assert(
    fc.property(restated, ({ path, text }) => {
      const checked = answered(() => checkInput({ path, text, bom: false }, ruleSet));
      if (checked) assertPlacesInFiles(checked.findings, new Map([[path, text]]));
    }),
    runs(12),
  );
});

test('property: diff answers any edit with every sentence aligned once and every place inside its version', () => {
  const validate = validator('report');
  fc.assert(
    fc.property(
      article.chain(({ path, text }) => edited(text).map((later) => ({ path, text, later }))),
      ({ path, text, later }) => {
        const inputs = [
          { path: `old/${path}`, text, bom: false },
          { path, text: later, bom: false },
        ];
        const result = answered(() => diffInputs(inputs, ruleSet));
        if (!result) return;
        assertPlacesInFiles(result.findings, new Map(inputs.map((input) => [input.path, input.text])));
        const step = result.steps[0]!;
        for (const [side, count] of [['old', step.old.sentences.length], ['new', step.new.sentences.length]] as const) {
          const seen = step.alignment.pairs.flatMap((pair) => pair[side]).sort((a, b) => a - b);
          assert.deepEqual(seen, Array.from({ length: count }, (_, k) => k), `every ${side} sentence in exactly one pair`);
        }
        assert.ok(validate(JSON.parse(formatJson(diffJsonReport([result])))), JSON.stringify(validate.errors?.slice(0, 3)));
      },
    ),
    runs(12),
  );
});

test('property: every report format renders any article\'s findings well-formed', async () => {
  const validate = validator('report');
  await fc.assert(
    fc.asyncProperty(restated, async ({ path, text }) => {
      const report = answered(() => checkText(text, { path, noConfig: true, session }));
      if (!report) return;
      assert.ok(validate(JSON.parse(formatJson(report))), JSON.stringify(validate.errors?.slice(0, 3)));
      const out = new Map<Format, string>();
      for (const format of ['text', 'json', 'sarif', 'github', 'junit', 'markdown'] as const) out.set(format, await render(report, format, { session }));
      assert.equal(XMLValidator.validate(out.get('junit')!), true, 'JUnit is XML');
      assert.equal(JSON.parse(out.get('sarif')!).runs[0].results.length, report.findings.length);
      for (const line of out.get('github')!.split('\n').filter(Boolean)) assert.match(line, /^::(error|warning|notice) [^\r\n]*::[^\r\n]*$/);
    }),
    runs(8),
  );
});
