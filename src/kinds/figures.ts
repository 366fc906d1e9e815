/**
 * figures — one figure written two ways by a slip of the keyboard: two neighbouring digits swapped
 * ("siphoning $412,650" … "Of the $421,650 she took"; "a record 31,842 runners" in the article and
 * "a record 31,482 runners" in the wire).
 *
 * What: every count, sum and percentage of the body, compared with every other of the same thing
 * (the same noun or currency) in the article, or, with --related, in each report. Two figures that
 * differ only by two neighbouring digits swapped are one figure misspelt (claims/numbers.ts
 * `transposed`): no event, no sentence pairing and no wording in common is needed, which is why this
 * finds what the event and report comparisons miss.
 * Why: a transposed figure is the commonest error of copy taken from notes, and one of the two is wrong.
 * Not a slip: two figures in one sentence ("rose from 1,234 to 1,324"), figures with fewer than three
 * significant digits ("£2.3m" and "£3.2m" are as often two sums), years, dates and clock times.
 */
import type { Analysis, NumberMention } from '../model/analysis.js';
import { BODY_KINDS } from '../model/document.js';
import { figureDigits, transposed } from '../claims/numbers.js';
import { placeOf } from './describe.js';
import { defineKind, type OptionsOf, type OptionsSchema } from './kind.js';
import { confidence, minConfidence } from './confidence.js';

const OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minConfidence: minConfidence('Two figures of the same thing with two neighbouring digits swapped score 0.85.'),
  },
} as const satisfies OptionsSchema;

/** How sure a swap of two neighbouring digits in figures of one thing is a slip. */
const SWAP = 0.85;

interface Figure {
  value: NumberMention;
  sentence: number;
}

/** Figures a swap can turn into each other share this: what they count and their digits, sorted. */
function digitsKey(value: NumberMention): string {
  return `${value.kind}|${value.unit ?? ''}|${[...figureDigits(value)].sort().join('')}`;
}

function figuresOf(analysis: Analysis): Figure[] {
  return analysis.contexts
    .filter((ctx) => BODY_KINDS.has(ctx.sentence.kind))
    .flatMap((ctx) => ctx.numbers.filter((n) => n.kind === 'count' || n.kind === 'money' || n.kind === 'percent').map((value) => ({ value, sentence: ctx.sentence.index })));
}

export const figures = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'figures',
  scope: 'article',
  summary: 'One figure written two ways, two neighbouring digits swapped ("$412,650" … "$421,650").',
  optionsSchema: OPTIONS,
  givesWay: true,
  messages: {
    swapped: { template: '“{later}” in {where} and “{earlier}” in {other} differ by two swapped digits: one of them is likely a slip', vars: ['later', 'earlier', 'where', 'other'] },
  },
  examples: [
    {
      text: 'Ann Hale was jailed for siphoning $412,650 from the parish.\n\nShe spent it on cruises.\n\nOf the $421,650 she took, roughly $96,000 went on travel.\n',
      findings: ['5:8 transposed-figure “$421,650” in paragraph 3 and “$412,650” in paragraph 1 differ by two swapped digits: one of them is likely a slip'],
    },
    // two sums in one sentence are a change told, and "£2.3m" / "£3.2m" have too few digits to tell
    { text: 'Membership rose from 1,234 to 1,324 this year.\n\nThe club spent £2.3m on the stand.\n\nThe whole scheme cost £3.2m.\n', findings: [] },
    // figures of different things (runners and spectators)
    { text: 'A record 31,842 runners finished.\n\nAbout 31,482 spectators lined the route.\n', findings: [] },
  ],
  check(context) {
    const { analysis } = context;
    // a swap keeps the digits: only figures of the same thing with the same digits are compared, each
    // against the first figure of every other spelling (a pasted list of one figure costs no more)
    const seen = new Map<string, Map<string, Figure>>();
    for (const b of figuresOf(analysis)) {
      const group = digitsKey(b.value);
      const spellings = seen.get(group) ?? new Map<string, Figure>();
      seen.set(group, spellings);
      for (const a of spellings.values()) {
        if (a.sentence === b.sentence || !transposed(a.value, b.value)) continue;
        context.report({
          confidence: confidence(SWAP),
          message: 'swapped',
          data: { later: b.value.text, earlier: a.value.text, where: placeOf(analysis.sentences[b.sentence]!), other: placeOf(analysis.sentences[a.sentence]!) },
          locations: [
            { start: b.value.start, end: b.value.end, role: 'contradicts' },
            { start: a.value.start, end: a.value.end, role: 'contradicted' },
          ],
          evidence: { expected: a.value.text, actual: b.value.text, field: b.value.kind },
        });
        break;
      }
      if (!spellings.has(b.value.key)) spellings.set(b.value.key, b);
    }
  },
});

/** The same slip between the article and a related report. */
export const relatedFigures = defineKind<OptionsOf<typeof OPTIONS>>({
  name: 'related-figures',
  scope: 'related',
  summary: 'A figure of the article that a related report gives with two neighbouring digits swapped ("31,842 runners" … "31,482 runners").',
  optionsSchema: OPTIONS,
  givesWay: true,
  messages: {
    swapped: { template: '“{mine}” in {where} and “{theirs}” in {report} differ by two swapped digits: one of them is likely a slip', vars: ['mine', 'theirs', 'where', 'report'] },
  },
  examples: [
    {
      text: 'Organizers said a record 31,842 runners crossed the finish line Sunday, on a day when the city closed 14 miles of lakefront roads.\n',
      related: 'Race organizers said a record 31,482 runners finished, and temperatures stayed in the low 50s.\n',
      findings: ['1:26 related-transposed-figure “31,842” in paragraph 1 and “31,482” in related.md differ by two swapped digits: one of them is likely a slip'],
    },
    // a percentage written with its last two digits swapped ("40.09" / "40.90": digits as written)
    {
      text: "The first results put the list's share at 40.09 percent.\n",
      related: "The count showed 40.90 percent for the mayor's list.\n",
      findings: ['1:43 related-transposed-figure “40.09 percent” in paragraph 1 and “40.90 percent” in related.md differ by two swapped digits: one of them is likely a slip'],
    },
    // the report gives the article's figure too (starters and finishers): the article took one of them
    {
      text: 'Organizers said 31,842 runners started the race on Sunday.\n',
      related: 'Of the 31,842 runners who started, 31,482 finished.\n',
      findings: [],
    },
  ],
  check(context) {
    const { analysis } = context;
    const mine = figuresOf(analysis);
    for (const source of context.sources ?? []) {
      const theirs = new Map<string, Figure[]>();
      for (const t of figuresOf(source.analysis)) {
        const group = digitsKey(t.value);
        const list = theirs.get(group);
        if (list) list.push(t);
        else theirs.set(group, [t]);
      }
      for (const a of mine) {
        const same = theirs.get(digitsKey(a.value)) ?? [];
        const b = same.find((t) => transposed(a.value, t.value));
        // (the report gives the article's figure too: the article took the right one)
        if (!b || same.some((t) => t.value.key === a.value.key)) continue;
        context.report({
          confidence: confidence(SWAP),
          message: 'swapped',
          data: { mine: a.value.text, theirs: b.value.text, where: placeOf(analysis.sentences[a.sentence]!), report: source.analysis.doc.path },
          locations: [
            { start: a.value.start, end: a.value.end, role: 'contradicts' },
            { start: b.value.start, end: b.value.end, role: 'contradicted', analysis: source.analysis },
          ],
          evidence: { expected: b.value.text, actual: a.value.text, field: a.value.kind },
        });
      }
    }
  },
});
