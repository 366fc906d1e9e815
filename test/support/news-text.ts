/**
 * Generators for the property tests (fast-check): news copy as editors write it (names, figures,
 * dates, quotations, attributions; Markdown with headings, lists, tables, emphasis, links, front matter
 * and inline control comments; HTML pages) mixed with text no editor meant to write (astral
 * characters, CRLF and lone CR, lone surrogates, NUL, a BOM, direction controls, escapes and
 * character references).
 */
import fc from 'fast-check';

/**
 * Every property runs from one fixed seed, so a failure reproduces; fast-check prints the seed and
 * the shrunk counterexample's path. COPYDESK_PROPERTY_SEED tries another seed and
 * COPYDESK_PROPERTY_RUNS multiplies the runs, to search harder by hand without slowing `npm test`.
 */
export function runs(numRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env['COPYDESK_PROPERTY_SEED'] ?? 1414);
  const factor = Number(process.env['COPYDESK_PROPERTY_RUNS'] ?? 1);
  return { seed, numRuns: Math.max(1, Math.round(numRuns * factor)), includeErrorInReport: true };
}

const FIRST = ['Ana', 'Tom', 'Maria', 'José', 'Meng', 'Ji-won', 'Łukasz', 'Aleksandar', 'Siobhán', 'Kwame'];
const LAST = ['Ruiz', 'Reyes', 'Okafor', 'Núñez', 'Vučić', 'Park', 'Wanzhou', "O'Brien", 'van Dalen', 'Osei'];
const TITLES = ['', 'Mr. ', 'Dr. ', 'Sen. ', 'Mayor ', 'union leader ', 'Huawei CFO ', 'police chief '];
const PLACES = ['Porto', 'Harlow', 'Canada', 'the U.S.', 'the United States', 'Kyiv', 'São Paulo', 'Washington, D.C.'];
const ORGS = ['Huawei', 'the FBI', 'Acme Inc.', 'the city council', 'the ministry', 'Reuters'];
const VERBS = ['killed', 'injured', 'arrested', 'hired', 'cut', 'evacuated', 'charged', 'rescued'];
const EVENTS = ['approved the plan', 'did not approve the plan', 'will not raise taxes', 'will raise taxes', 'rejected the offer', 'was arrested', 'resigned', 'gave a first U.S. TV interview'];
const NOUNS = ['people', 'jobs', 'passengers', 'workers', 'charges', 'homes', 'children'];
const DATES = ['on Monday', 'on Jan. 5, 2019', 'in March', 'on Thursday 7 March 2024', 'at 2.55pm', 'at 10 a.m.', 'in 1921', 'last year', 'on February 25, 2008'];
const ATTRIBUTIONS = ['police said', 'officials said', 'according to the ministry', 'she told reporters', 'Reuters reported', 'the alleged victim said'];
const FIGURES = ['fourteen', 'twenty-three', 'a dozen', 'three hundred and fifty', '1.2 million', '£4.2m', '$30.000', '3.5 percent', '12%', '4,5 percent', 'at least 12', 'nearly 300', "the 1990s", 'No. 10', 'Route 66', '300k', 'one'];

/** Text written to break things: astral and combining characters, line ends, controls, broken UTF-16. */
export const HOSTILE = ['😀', '𝔸', '👩‍👩‍👧', 'e\u0301', '\r\n', '\r', '\n', '\t', '\0', '\ufeff', '\u202e', '\u2028', '\u0007', '\u001b[2J', '\ud800', '\udfff', '\ufffe', '\u00a0', '&amp;', '&#65;', '&eacute;', '&#x1F600;', '\\*', '\\', '`', '*', '_', '**', '[', ']', '(', ')', '<', '>', '|', '#', '"', '“', '”', '‘', '’', '«', '»', '„', '...', '…', '.', '!', '?', '-', '—', ',', ':', '%', '::', '<!--', '-->', '---', '+++'];

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

export const name: fc.Arbitrary<string> = fc.tuple(pick(TITLES), pick(FIRST), pick(LAST), fc.nat(3)).map(([title, first, last, form]) =>
  form === 0 ? `${title}${first} ${last}` : form === 1 ? last : form === 2 ? `${last}'s` : `${title}${last}`,
);

/** A figure as copy writes one: digits, grouped digits, decimals, words, scales, money, percentages. */
export const figure: fc.Arbitrary<string> = fc.oneof(
  fc.nat(100_000).map(String),
  fc.nat(10_000_000).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.nat(999), fc.nat(9)).map(([a, b]) => `${a}.${b}`),
  pick(FIGURES),
);

const subject = fc.oneof(name, pick(ORGS), pick(['The storm', 'The blast', 'Officers', 'The council', 'It', 'She', 'They']));

/** Words a quotation might hold: ordinary, or with a hostile fragment inside. */
const words = fc.array(fc.oneof({ arbitrary: pick(['we', 'did', 'not', 'approve', 'this', 'the', 'plan', 'is', 'over', 'back', 'why', 'rebuild', 'never', 'again']), weight: 6 }, { arbitrary: pick(HOSTILE), weight: 1 }), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

/** One sentence of news copy. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(subject, pick(VERBS), figure, pick(NOUNS), pick(PLACES), pick(DATES), pick(ATTRIBUTIONS)).map(([s, v, n, noun, place, date, attr]) => `${s} ${v} ${n} ${noun} in ${place} ${date}, ${attr}.`),
  fc.tuple(subject, pick(EVENTS), pick(DATES)).map(([s, e, d]) => `${s} ${e} ${d}.`),
  fc.tuple(words, name, pick(['said', 'asked', 'told reporters'])).map(([w, n, v]) => `"${w}," ${v === 'asked' ? `${n} asked` : `said ${n}`}.`),
  fc.tuple(words, pick(['she said', 'he asked', 'Ruiz said'])).map(([w, a]) => `“${w}?” ${a}.`),
  fc.tuple(name, name).map(([a, b]) => `${a} is the daughter of ${b}.`),
  fc.tuple(name, pick(['chief executive', 'president', 'mayor', 'CFO'])).map(([n, t]) => `${n}, 41, the ${t}, declined to comment.`),
  fc.tuple(pick(ORGS), figure).map(([o, f]) => `Shares of ${o} rose ${f} to $12.75. Analysts were surprised.`),
);

/** Arbitrary text: any code point, or the hostile fragments strung together. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(pick(HOSTILE), { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** A sentence, now and then with a fragment of noise put into it. */
const prose = fc.oneof(
  { arbitrary: sentence, weight: 5 },
  { arbitrary: fc.tuple(sentence, noise, fc.nat()).map(([s, n, at]) => { const k = at % (s.length + 1); return s.slice(0, k) + n + s.slice(k); }), weight: 2 },
);

export const paragraph: fc.Arbitrary<string> = fc.array(prose, { minLength: 1, maxLength: 4 }).chain((parts) =>
  fc.constantFrom(' ', '\n', '\r\n', '  \n').map((gap) => parts.join(gap)),
);

const emphasis = fc.tuple(sentence, pick(['*', '_', '**', '__', '~~', '`'])).map(([s, mark]) => {
  const cut = s.indexOf(' ');
  return cut < 0 ? `${mark}${s}${mark}` : `${mark}${s.slice(0, cut)}${mark}${s.slice(cut)}`;
});
const link = fc.tuple(sentence, pick(['https://example.com/a?b=c&d', '<https://x.test>', 'javascript:alert(1)'])).map(([s, url]) => `[${s.slice(0, 20)}](${url}) ${s.slice(20)}`);
const directive = fc.tuple(pick(['disable', 'enable', 'disable-next-line', 'disable-line', 'disabled']), fc.array(pick(['repeated-claim', 'contradicted-number', 'name-form', 'no-such-rule', '__proto__', '']), { maxLength: 3 }), pick([' ', '', '\n', ','])).map(([kind, ids, gap]) => `<!--${gap}copydesk-${kind} ${ids.join(gap === ',' ? ',' : ' ')}${gap}-->`);
const table = fc.array(fc.tuple(pick(['Region 1', 'North', 'Kyiv', 'Total']), figure, figure), { minLength: 1, maxLength: 4 }).map((rows) => ['| Region | Deaths | Injured |', '| --- | ---: | --- |', ...rows.map(([r, a, b]) => `| ${r} | ${a} deaths | ${b} injured |`)].join('\n'));
const list = fc.tuple(fc.array(prose, { minLength: 1, maxLength: 4 }), pick(['- ', '* ', '1. ', '+ ']), fc.boolean()).map(([items, bullet, nested]) => items.map((item, k) => `${nested && k % 2 ? '  ' : ''}${bullet}${item}`).join('\n'));
const frontMatter = fc.oneof(
  fc.tuple(sentence, pick(['2026-03-01', '2024', 'March 3'])).map(([title, date]) => `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n---`),
  fc.tuple(sentence).map(([title]) => `+++\ntitle = ${JSON.stringify(title)}\ndate = 2026-03-01\n+++`),
  noise.map((n) => `---\n${n}\n---`),
);

/** One Markdown block. */
export const markdownBlock: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: paragraph, weight: 6 },
  { arbitrary: fc.tuple(pick(['# ', '## ', '### ', '#']), sentence).map(([h, s]) => `${h}${s}`), weight: 2 },
  { arbitrary: emphasis, weight: 2 },
  { arbitrary: link, weight: 1 },
  { arbitrary: list, weight: 2 },
  { arbitrary: table, weight: 1 },
  { arbitrary: paragraph.map((p) => `> ${p.replace(/\n/g, '\n> ')}`), weight: 1 },
  { arbitrary: directive, weight: 2 },
  { arbitrary: fc.tuple(pick(['![Photo](a.jpg)', '![](x.png "t")']), emphasis).map(([img, cap]) => `${img}\n${cap}`), weight: 1 },
  { arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``), weight: 1 },
  { arbitrary: pick(['Related:', '---', '***', '<div>html</div>', 'Read more', 'By Ana Ruiz']), weight: 1 },
  { arbitrary: noise, weight: 2 },
);

const SEPARATORS = ['\n\n', '\r\n\r\n', '\n', '\r\r', '\n \n', '\n\n\n'];

/** A Markdown article: perhaps front matter, then blocks. */
export const markdown: fc.Arbitrary<string> = fc
  .tuple(fc.option(frontMatter, { freq: 4 }), fc.array(markdownBlock, { minLength: 1, maxLength: 10 }), fc.array(pick(SEPARATORS), { minLength: 10, maxLength: 10 }), fc.option(pick(['\ufeff', '\n', '\r\n', ' ']), { freq: 3 }))
  .map(([front, blocks, gaps, lead]) => (lead ?? '') + (front !== null ? `${front}\n` : '') + blocks.map((b, k) => (k > 0 ? gaps[k % gaps.length]! : '') + b).join(''));

/** A plain-text article: a headline line, then paragraphs, blocks or noise. */
export const plainText: fc.Arbitrary<string> = fc
  .tuple(fc.option(sentence.map((s) => s.replace(/\.$/, ''))), fc.array(fc.oneof({ arbitrary: paragraph, weight: 5 }, { arbitrary: noise, weight: 1 }), { minLength: 1, maxLength: 8 }), fc.array(pick(SEPARATORS), { minLength: 8, maxLength: 8 }))
  .map(([head, blocks, gaps]) => (head !== null ? `${head}\n\n` : '') + blocks.map((b, k) => (k > 0 ? gaps[k]! : '') + b).join(''));

const htmlBlock = fc.oneof(
  { arbitrary: paragraph.map((p) => `<p>${p}</p>`), weight: 5 },
  { arbitrary: sentence.map((s) => `<h1>${s}</h1>`), weight: 1 },
  { arbitrary: sentence.map((s) => `<h2 class="x">${s}</h2>`), weight: 1 },
  { arbitrary: fc.array(prose, { minLength: 1, maxLength: 3 }).map((items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('\n')}</ul>`), weight: 1 },
  { arbitrary: paragraph.map((p) => `<blockquote><p>${p}</p></blockquote>`), weight: 1 },
  { arbitrary: fc.tuple(sentence, sentence).map(([a, b]) => `<p>${a}<br>${b} <em>${a.slice(0, 10)}</em>&nbsp;&amp;&#8212;</p>`), weight: 1 },
  { arbitrary: table.map((t) => `<table>${t.split('\n').map((row) => `<tr>${row.split('|').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`), weight: 1 },
  { arbitrary: sentence.map((s) => `<script>var x = "${s}";</script><nav>${s}</nav>`), weight: 1 },
  { arbitrary: sentence.map((s) => `<figure><img src="a.jpg"><figcaption>${s}</figcaption></figure>`), weight: 1 },
  { arbitrary: noise, weight: 2 },
);

/** An HTML page or fragment. */
export const html: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), sentence, fc.array(htmlBlock, { minLength: 1, maxLength: 8 }), pick(['\n', '\r\n', '']))
  .map(([page, title, blocks, gap]) => {
    const body = blocks.join(gap);
    return page ? `<!doctype html>${gap}<html><head><title>${title}</title><meta property="article:published_time" content="2026-03-01"></head>${gap}<body><article>${body}</article></body></html>` : body;
  });

/** An article and the name it is checked under (which picks its loader). */
export const article: fc.Arbitrary<{ path: string; text: string }> = fc.oneof(
  { arbitrary: markdown.map((text) => ({ path: 'story.md', text })), weight: 3 },
  { arbitrary: plainText.map((text) => ({ path: 'story.txt', text })), weight: 2 },
  { arbitrary: html.map((text) => ({ path: 'story.html', text })), weight: 1 },
);

/**
 * A later version of a text, as an editor's pass makes one: each sentence or paragraph kept, dropped,
 * repeated, edited by a word or figure, joined to a new clause, or followed by a new sentence; and
 * copies of earlier ones put at the end (moved).
 */
export function edited(text: string): fc.Arbitrary<string> {
  const parts = text.split(/(?<=[.!?]["”]?)\s+|\n\n/);
  return fc
    .tuple(fc.array(fc.tuple(fc.nat(Math.max(parts.length - 1, 0)), pick(['keep', 'keep', 'keep', 'drop', 'twice', 'edit', 'new', 'join'] as const), sentence, figure), { minLength: parts.length, maxLength: parts.length + 3 }), pick([' ', '\n\n']))
    .map(([ops, gap]) => {
      const out: string[] = [];
      ops.forEach(([from, op, fresh, n], k) => {
        const part = parts[k < parts.length ? k : from] ?? '';
        if (op === 'keep') out.push(part);
        else if (op === 'twice') out.push(part, part);
        else if (op === 'edit') out.push(part.replace(/\b\d[\d,.]*\b|\b(not|the|said)\b/, n));
        else if (op === 'new') out.push(part, fresh);
        else if (op === 'join') out.push(`${part.replace(/[.!?]$/, '')} and ${fresh}`);
      });
      return out.join(gap);
    });
}
