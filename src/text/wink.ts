import winkNLP from 'wink-nlp';
import { englishModel } from './wink-model.js';

/**
 * wink-nlp gives tokens, part-of-speech tags, lemmas and number/date spans for English at ~1 MB/s
 * with no native code (../shared/notes/nlp-libraries.md). Sentiment and custom entities are not
 * needed, so they stay out of the pipeline. Loaded on first use: `copydesk rules` never pays for it.
 */
type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

export function nlp(): Nlp {
  instance ??= winkNLP(englishModel(), ['sbd', 'negation', 'pos', 'ner']);
  return instance;
}
