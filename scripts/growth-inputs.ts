/**
 * Inputs that grow one way each, as hostile or simply unusual copy does: a casualty table, the same
 * as plain lines, a long list of names, many people each named once, a paragraph of quotations, one
 * enormous word, one enormous line, thousands of inline comments, deep emphasis. Each is ordinary
 * enough to be pasted into an article (election results, court lists) and must cost time in
 * proportion to its size: `npm run bench` times each at n and 2n.
 */
import { random } from './bench-text.js';

export interface GrowthInput {
  /** What doubles, for the bench's table. */
  name: string;
  /** The smaller size; the bench also runs 2n. */
  n: number;
  unit: string;
  make(n: number): string;
  /** Timed as the diff of this text and an edit of it (a figure changed every 400), not as a check. */
  diff?: boolean;
}

/** The text with every 400th figure raised by one: an edit spread through the whole article. */
export function edited(text: string): string {
  let k = 0;
  return text.replace(/\d+/g, (figure) => (k++ % 400 === 0 ? String(Number(figure) + 1) : figure));
}

const FIRST = ['Ana', 'Tomas', 'Hye-jin', 'Maria', 'Joost', 'Priya', 'Omar', 'Lidia', 'Goran', 'Helen', 'Kofi', 'Ines', 'Pavel', 'Sara', 'Bruno', 'Yuki'];
const LAST = ['Ruiz', 'Vidal', 'Kang', 'Okafor', 'Dalen', 'Raman', 'Haddad', 'Marin', 'Petrik', 'Marsh', 'Mensah', 'Sousa', 'Novak', 'Lund', 'Costa', 'Sato'];

/** A distinct made-up full name for every index (two syllables joined give enough of them). */
function person(k: number): string {
  const first = FIRST[k % FIRST.length]!;
  const a = LAST[Math.floor(k / FIRST.length) % LAST.length]!;
  const b = LAST[Math.floor(k / (FIRST.length * LAST.length)) % LAST.length]!.toLowerCase();
  return `${first} ${a}${k >= FIRST.length * LAST.length ? b : ''}`;
}

const HEAD = '# Storm toll by region\n\nThe storm killed 40 people across the country, officials said on Monday.\n\n';

export const GROWTH_INPUTS: GrowthInput[] = [
  {
    name: 'casualty table',
    n: 500,
    unit: 'rows',
    make: (n) => {
      const rnd = random(3);
      const rows = Array.from({ length: n }, (_, k) => `| Region ${k + 1} | ${1 + Math.floor(rnd() * 20)} deaths | ${Math.floor(rnd() * 50)} injured | ${Math.floor(rnd() * 9)} arrested |`);
      return `${HEAD}| Region | Deaths | Injured | Arrested |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
    },
  },
  {
    name: 'two-column table',
    n: 2000,
    unit: 'rows',
    make: (n) => `${HEAD}| Region | Deaths |\n| --- | --- |\n${Array.from({ length: n }, (_, k) => `| Region ${k + 1} | ${(k * 7) % 23} |`).join('\n')}\n`,
  },
  {
    name: 'casualty lines as plain text',
    n: 250,
    unit: 'lines',
    make: (n) => {
      const rnd = random(5);
      return `${HEAD}${Array.from({ length: n }, (_, k) => `Region ${k + 1}   ${1 + Math.floor(rnd() * 20)} deaths   ${Math.floor(rnd() * 50)} injured`).join('\n')}\n`;
    },
  },
  {
    name: 'results as sentences',
    n: 1000,
    unit: 'sentences',
    make: (n) => {
      const rnd = random(11);
      const lines = Array.from({ length: n }, (_, k) => `In Region ${k + 1}, ${1 + Math.floor(rnd() * 20)} people died and ${Math.floor(rnd() * 50)} were injured, officials said.`);
      const paragraphs: string[] = [];
      for (let k = 0; k < lines.length; k += 3) paragraphs.push(lines.slice(k, k + 3).join(' '));
      return `${HEAD}${paragraphs.join('\n\n')}\n`;
    },
  },
  {
    name: 'one sentence told many times',
    n: 2000,
    unit: 'copies',
    make: (n) => `${HEAD}${Array.from({ length: n }, () => 'Police arrested the mayor of Tarrow on Monday.').join('\n\n')}\n`,
  },
  {
    name: 'list of names',
    n: 1000,
    unit: 'names',
    make: (n) => `${HEAD}The victims were named as:\n\n${Array.from({ length: n }, (_, k) => `- ${person(k)}`).join('\n')}\n`,
  },
  {
    name: 'people each named once',
    n: 8000,
    unit: 'people',
    make: (n) => {
      const paragraphs: string[] = [];
      for (let k = 0; k < n; k += 4) paragraphs.push(Array.from({ length: Math.min(4, n - k) }, (_, j) => `${person(k + j)} was among those evacuated.`).join(' '));
      return `${HEAD}${paragraphs.join('\n\n')}\n`;
    },
  },
  {
    name: 'quotations in one paragraph',
    n: 8000,
    unit: 'quotes',
    make: (n) => `${HEAD}${Array.from({ length: n }, (_, k) => `"We lost house number ${k + 1}," one resident said.`).join(' ')}\n`,
  },
  {
    name: 'one long word',
    n: 100_000,
    unit: 'chars',
    make: (n) => `${HEAD}${'a'.repeat(n)}\n`,
  },
  {
    name: 'one long line',
    n: 512 * 1024,
    unit: 'bytes',
    make: (n) => {
      const rnd = random(9);
      let line = '';
      for (let k = 0; line.length < n; k++) line += `The storm damaged ${1 + Math.floor(rnd() * 900)} homes in ${person(k)}'s district on day ${k + 1}. `;
      return `${HEAD}${line.slice(0, n)}\n`;
    },
  },
  {
    name: 'inline comments',
    n: 5000,
    unit: 'comments',
    make: (n) => `${HEAD}${Array.from({ length: n }, (_, k) => `<!-- copydesk-disable-next-line repeated-claim -->\nThe storm damaged ${k + 1} homes in the north.`).join('\n\n')}\n`,
  },
  {
    name: 'diff of results as sentences',
    n: 1000,
    unit: 'sentences',
    diff: true,
    make: (n) => GROWTH_INPUTS.find((g) => g.name === 'results as sentences')!.make(n),
  },
  {
    name: 'diff of one long line',
    n: 128 * 1024,
    unit: 'bytes',
    diff: true,
    make: (n) => GROWTH_INPUTS.find((g) => g.name === 'one long line')!.make(n),
  },
  {
    name: 'nested emphasis',
    n: 5000,
    unit: 'levels',
    make: (n) => `${HEAD}${'*_'.repeat(n / 2)}storm${'_*'.repeat(n / 2)}\n`,
  },
];
