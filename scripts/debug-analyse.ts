import { readInput } from '../src/load/read-input.js';
import { buildDocument } from '../src/load/document.js';
import { analyse } from '../src/claims/analyse.js';
import { compileLexicon, mergeLexicons, readLexicon } from '../src/claims/lexicon.js';
import { packagePath } from '../src/package-path.js';

const lexicon = compileLexicon(mergeLexicons(['events', 'people', 'places', 'language', 'organisations'].map((n) => readLexicon(packagePath('rules', 'lexicons', `${n}.yaml`)))));
const doc = buildDocument(readInput(process.argv[2]!));
const a = analyse(doc, lexicon);
for (const b of doc.blocks) console.log(b.index, b.kind, b.paragraph, JSON.stringify(b.text.slice(0, 60)));
for (const s of a.sentences) console.log('S', s.index, s.kind, JSON.stringify(s.text));
for (const e of a.entities) console.log('E', e.id, e.type, e.name, e.surname ?? '', e.given ?? '', e.titles.join(','), e.mentions.map((m) => `${m.text}/${m.form}${m.possessive ? "'s" : ''}${m.inQuote ? 'Q' : ''}@${m.sentence}`).join(' '));
for (const c of a.claims) console.log('C', c.sentence, c.kind, c.frame, c.subjects.join('+'), c.objects.join('+'), c.modifiers.join(','), JSON.stringify(Object.fromEntries(Object.entries(c.values).map(([k, v]) => [k, v!.key]))), c.negated ? 'NEG' : '', c.asserted ? 'A' : 'pre', c.quote, c.attribution ?? '', c.hedges.join(','));
for (const q of a.quotes) console.log('Q', q.index, q.speaker ?? '-', JSON.stringify(q.text.slice(0, 50)));
for (const [i, t] of a.terms.entries()) console.log('T', i, t.negations, t.terms.join(' '), '|', t.quoted.join(' '));
