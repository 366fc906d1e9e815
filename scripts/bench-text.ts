/**
 * Generated news-like text for the benchmark when the public sets are absent, and the long article
 * and its edited version the diff benchmark aligns. Deterministic: a fixed seed.
 */
const PEOPLE = ['Ana Ruiz', 'Tomas Vidal', 'Kang Hye-jin', 'Maria Okafor', 'Joost van Dalen', 'Priya Raman', 'Omar Haddad', 'Lidia Marin', 'Goran Petrik', 'Helen Marsh'];
const PLACES = ['Porto', 'Harlow', 'Kesmir', 'Tarrow', 'Dunmore', 'Orsby', 'Castelbruno', 'Vradel', 'Skerra', 'Montesano'];
const VERBS = ['said', 'announced', 'confirmed', 'warned', 'denied', 'told reporters'];
const THINGS = ['the bridge', 'the budget', 'the new clinic', 'the ferry service', 'the water plant', 'the library', 'the rail link', 'the harbour wall'];
const EVENTS = ['would reopen', 'had been delayed', 'was cut by', 'would cost', 'drew protests from', 'was approved with'];

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(rnd: () => number, list: T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** A sentence of plausible news copy, different for each index. */
export function sentence(rnd: () => number, index: number): string {
  const n = 10 + Math.floor(rnd() * 990);
  return `${pick(rnd, PEOPLE)} ${pick(rnd, VERBS)} that ${pick(rnd, THINGS)} in ${pick(rnd, PLACES)} ${pick(rnd, EVENTS)} ${n} residents on day ${index + 1}.`;
}

/** An article of `count` sentences in paragraphs of three, with a headline. */
export function article(count: number, seed = 7): string {
  const rnd = random(seed);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i += 3) paragraphs.push(Array.from({ length: Math.min(3, count - i) }, (_, k) => sentence(rnd, i + k)).join(' '));
  return `# Council report\n\n${paragraphs.join('\n\n')}\n`;
}

/** The same article after an edit: some sentences reworded, moved, split, removed and added. */
export function edited(text: string, seed = 11): string {
  const rnd = random(seed);
  const [head, ...paragraphs] = text.split('\n\n');
  const out = paragraphs.map((p) =>
    p
      .split(/(?<=\.) /)
      .map((s) => {
        const r = rnd();
        if (r < 0.05) return s.replace(/ (\d+) residents/, (_, n: string) => ` ${Number(n) + 7} residents`);
        if (r < 0.08) return s.replace(' that ', ' on Monday that ');
        if (r < 0.1) return s.replace(' in ', '. It happened in ').replace(/^(.)/, (c) => c);
        if (r < 0.11) return '';
        return s;
      })
      .filter(Boolean)
      .join(' '),
  );
  for (let k = 0; k < out.length / 20; k++) {
    const from = Math.floor(rnd() * out.length);
    const to = Math.floor(rnd() * out.length);
    const [moved] = out.splice(from, 1);
    out.splice(to, 0, moved!);
  }
  out.push('A further meeting is planned for next month.');
  return [head, ...out].join('\n\n');
}
