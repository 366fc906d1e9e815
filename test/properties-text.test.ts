import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatNumber, parseNumeral } from '../src/claims/numbers.js';
import { findQuotes } from '../src/text/quotes.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenizeBlock } from '../src/text/tokens.js';
import { analyseText, defaultLexicon } from './support/fixtures.js';
import { article, noise, paragraph, runs } from './support/news-text.js';
import { assertBlocksPointAtText, load } from './support/offsets.js';

// Properties of the text layer (sentences, tokens, quotations) and of the number parser the claims
// read figures with, over news copy mixed with hostile text.

/** Block text as the loaders make it: line breaks and tabs are spaces, no space at either end. */
const blockText = fc.oneof(paragraph, noise, fc.tuple(paragraph, noise, paragraph).map((parts) => parts.join(' '))).map((text) => text.replace(/[\r\n\t]/g, ' ').replace(/^ +| +$/g, '')).filter((text) => text !== '');

test('property: sentences cover their block in order, without overlap, nothing but white space between them', () => {
  fc.assert(
    fc.property(blockText, (text) => {
      const spans = splitSentences(text, defaultLexicon());
      let at = 0;
      for (const span of spans) {
        assert.ok(span.start >= at && span.start < span.end && span.end <= text.length, `[${span.start}, ${span.end}) after ${at} in ${text.length}`);
        assert.equal(text.slice(at, span.start).trim(), '', `only white space before [${span.start}, ${span.end})`);
        const words = text.slice(span.start, span.end);
        assert.equal(words, words.trim(), 'a sentence starts and ends with text');
        at = span.end;
      }
      assert.equal(text.slice(at).trim(), '', 'only white space after the last sentence');
    }),
    runs(300),
  );
});

test('property: tokens are the text they say, in order, without overlap', () => {
  fc.assert(
    fc.property(blockText, (text) => {
      let at = 0;
      for (const token of tokenizeBlock({ text })) {
        assert.ok(token.start >= at && token.start < token.end && token.end <= text.length, `token ${JSON.stringify(token.text)} [${token.start}, ${token.end}) after ${at}`);
        assert.equal(text.slice(token.start, token.end), token.text);
        at = token.end;
      }
    }),
    runs(300),
  );
});

test('property: quotations lie inside their block, in order, without overlap, their marks around them', () => {
  fc.assert(
    fc.property(blockText, (text) => {
      let at = 0;
      for (const quote of findQuotes(text)) {
        assert.ok(quote.outerStart >= at && quote.outerStart < quote.start && quote.start < quote.end && quote.end <= quote.outerEnd && quote.outerEnd <= text.length);
        assert.match(text[quote.outerStart]!, /["“«„‘]/);
        if (!quote.open) assert.match(text[quote.end]!, /["”»’]/);
        at = quote.outerEnd;
      }
    }),
    runs(300),
  );
});

test('property: a document\'s sentences and tokens point inside the file, in their block, at their text', () => {
  fc.assert(
    fc.property(article, ({ path, text }) => {
      const doc = load(path, text);
      if (!doc) return;
      assertBlocksPointAtText(doc);
      const analysis = analyseText(text, path);
      let previous = -1;
      let tokens = 0;
      for (const sentence of analysis.sentences) {
        const block = analysis.doc.blocks[sentence.block]!;
        assert.equal(sentence.text, block.text.slice(sentence.textStart, sentence.textStart + sentence.text.length));
        assert.ok(sentence.text.length > 0);
        assert.equal(sentence.start, block.map[sentence.textStart], 'the sentence starts at its first character');
        assert.equal(sentence.end, block.map[sentence.textStart + sentence.text.length - 1]! + 1, 'and ends after its last');
        assert.ok(sentence.start >= block.start && sentence.end <= block.end && sentence.start >= previous);
        previous = sentence.start;
        assert.equal(sentence.tokenStart, tokens, 'the tokens of the sentences follow one another');
        assert.ok(sentence.tokenEnd >= sentence.tokenStart);
        tokens = sentence.tokenEnd;
        for (const token of analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd)) {
          assert.ok(token.start >= block.start && token.start < token.end && token.end <= block.end, `token ${JSON.stringify(token.text)} inside its block`);
        }
      }
      assert.equal(tokens, analysis.tokens.length);
      for (const quote of analysis.quotes) assert.ok(quote.start >= 0 && quote.start <= quote.end && quote.end <= text.length);
    }),
    runs(40),
  );
});

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A number below 100 in words, as copy writes it ("twenty-three"). */
function spelled(n: number): string {
  if (n < 20) return ONES[n]!;
  return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${ONES[n % 10]}`;
}

test('property: the number parser reads any text without exception, a figure or nothing', () => {
  fc.assert(
    fc.property(fc.oneof(noise, fc.stringMatching(/^[0-9][0-9.,]{0,30}[a-zA-Z]{0,4}$/), fc.string({ unit: 'grapheme-ascii', maxLength: 25 })), (text) => {
      const value = parseNumeral(defaultLexicon(), text);
      if (value !== undefined) assert.ok(Number.isFinite(value) && value >= 0, `${JSON.stringify(text)} read as ${value}`);
    }),
    runs(500),
  );
});

test('property: figures written in digits, grouped digits and words read back as themselves', () => {
  const lexicon = defaultLexicon();
  fc.assert(
    fc.property(fc.nat(Number.MAX_SAFE_INTEGER), fc.nat(99), (n, small) => {
      assert.equal(parseNumeral(lexicon, String(n)), n);
      assert.equal(parseNumeral(lexicon, n.toLocaleString('en-US')), n);
      assert.equal(parseNumeral(lexicon, spelled(small)), small);
      assert.equal(parseNumeral(lexicon, spelled(small).toUpperCase()), small);
    }),
    runs(500),
  );
});

/** A figure in words and digits, and the value it states (computed in whole numbers). */
const statedFigure: fc.Arbitrary<[string, number]> = fc.oneof(
  fc.nat(1_000_000_000).map((n): [string, number] => [n.toLocaleString('en-US'), n]),
  fc.integer({ min: 2, max: 99 }).map((n): [string, number] => [spelled(n), n]),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.nat(99), fc.constantFrom(['million', 1e6], ['billion', 1e9], ['m', 1e6], ['bn', 1e9], ['k', 1e3]) as fc.Arbitrary<[string, number]>).map(([whole, cents, [scale, times]]): [string, number] => {
    const decimals = String(cents).padStart(2, '0').replace(/0$/, '');
    const written = decimals === '' ? String(whole) : `${whole}.${decimals}`;
    const value = whole * times + (cents * times) / 100;
    return [/^[a-z]{1,2}$/.test(scale) ? `$${written}${scale}` : `${written} ${scale}`, value];
  }),
);

test('property: a figure in a sentence is read as the value it states, grouped, in words or with a scale', () => {
  fc.assert(
    fc.property(statedFigure, fc.constantFrom('people', 'jobs', 'dollars', 'passengers'), ([written, value], noun) => {
      const text = `The company cut ${written} ${noun} in Porto on Monday, officials said.\n`;
      const analysis = analyseText(text, 'a.txt');
      const keys = analysis.contexts.flatMap((c) => c.numbers.map((m) => m.key));
      assert.deepEqual(keys, [formatNumber(value)], `${JSON.stringify(written)} in ${JSON.stringify(text)}`);
      const [mention] = analysis.contexts.flatMap((c) => c.numbers);
      assert.ok(text.slice(mention!.start, mention!.end).includes(written.replace(/^\$/, '')), `the mention covers ${JSON.stringify(written)}`);
    }),
    runs(150),
  );
});
