/**
 * Whether a given name looks like romanised Chinese (pinyin syllables: "Zhengfei", "Jinping") or
 * Korean ("Ji-won", "Jae-in"). With a family name from the lexicon in front, such a name is written
 * family name first, so "Ren Zhengfei" is Mr. Ren, not Mr. Zhengfei.
 */
const PINYIN_INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const PINYIN_FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u|v)';
// inside a word a syllable opens with a consonant: one that opens with a vowel is set off by an
// apostrophe in pinyin (Xi'an), so "Silva" (si-lv-a) and "Maria" (ma-ri-a) are not pinyin
const PINYIN = new RegExp(`^${PINYIN_INITIAL}?${PINYIN_FINAL}(?:${PINYIN_INITIAL}${PINYIN_FINAL}){0,2}$`);
const KOREAN_SYLLABLE = '(?:[bcdghjkmnprstwy]|ch|kk|pp|ss|tt|jj|ph|th|kh)?(?:yeo|yeon|yeong|eon|eong|ae|eo|eu|ui|wa|wo|we|wi|ya|yo|yu|ye|oe|a|e|i|o|u)(?:ng|n|m|l|k|p|t)?';
const KOREAN_HYPHENATED = new RegExp(`^${KOREAN_SYLLABLE}-${KOREAN_SYLLABLE}$`);

export function looksRomanizedGivenName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.includes('-')) return KOREAN_HYPHENATED.test(lower) || lower.split('-').every((part) => PINYIN.test(part));
  return lower.length >= 2 && PINYIN.test(lower);
}
