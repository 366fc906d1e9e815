/** The shapes of the entries of the lexicon's structured sections (lexicon/sections.ts). */
export interface FrameDef {
  /** Noun phrase for messages: "arrest", "death toll". */
  label: string;
  /** The noun phrase for one participant's event, when it differs ("death" of one person, not "death toll"). */
  single?: string;
  /** Whose event it is: the participant that tells two mentions of the event apart. */
  core: 'patient' | 'agent' | 'any';
  /** Lemmas or multi-word lemma sequences ("take into custody") that state the event with a verb. */
  verbs?: string[];
  /** Verbs that state the event did not or will not happen ("stay open" for a closure): a denial of it. */
  denying?: string[];
  /** Lemmas or multi-word sequences that name it as a noun ("arrest", "death toll"). */
  nouns?: string[];
  /** Happens once per participant (born, founded, first interview): a different date is a contradiction. */
  once?: boolean;
  /** The event carries a count of what it affected (killed 14, 23 charges). */
  counts?: string[];
  /** Phrasal uses that mean something else ("carry out", "name after"): trigger lemma and next word. */
  exclude?: string[];
  /**
   * Verbs that state the event only with one of these nouns in their object ("admitted the fraud
   * counts" is a guilty plea, "admitted that he was wrong" is not): verb form → nouns.
   */
  objects?: Record<string, string[]>;
  /** A noun naming the event takes its owner after "from" too ("a £250,000 gift from the Harrow Foundation"). */
  ownerFrom?: boolean;
  /**
   * Told of a role named after "from" or "as" ("retired from Test cricket", "sacked as defence coach"):
   * two tellings that name two roles are two events, and one denied of another role denies nothing.
   */
  roleAfter?: boolean;
  /**
   * Kinds of offence, each as its words (lemmas), a verdict may be told of after "of" ("convicted him of
   * culpable homicide", "found him guilty of attempting to defeat the ends of justice"): two tellings of
   * offences of two kinds are two verdicts; two words of one kind ("theft", "stealing", "fraud") may be one.
   */
  offences?: string[][];
  /**
   * Nouns that tell the event only with a figure ("The toll of six is the worst"): without one they mean
   * something else ("took a heavy toll on the economy", "tolls for trucks").
   */
  countedOnly?: string[];
  /** Told with no object, the verb's subject is what the event befell ("the museum opened in 1904", "the plant will close"). */
  intransitive?: boolean;
  /**
   * An incident a story reports (a fire, a derailment): told twice with no one named, in one place or
   * none and with nothing that tells a second one, it is one incident, so two days contradict.
   */
  incident?: boolean;
  /**
   * Told in a story of one participant only (a resignation, a conviction): where every telling that
   * names someone names the same one, a telling that names no one ("its most senior executive had
   * stepped down") is that participant's, unless it counts a group or brings someone in ("a second man").
   */
  sole?: boolean;
}

export interface TitleDef {
  /** Canonical role ("cfo"). */
  id: string;
  /** Ways it is written, matched case-insensitively as whole words. */
  forms: string[];
  /** Roles in one group exclude each other for one person at one organisation. */
  group?: string;
  /** Whether the title marks a person (true for nearly all). */
  person?: boolean;
  /** One holder at a time (a company's chief executive, a city's mayor): given to two people, one is wrong. */
  unique?: boolean;
}

export interface PlaceDef {
  name: string;
  aliases?: string[];
  demonyms?: string[];
}

export interface KinshipDef {
  /** Relations that cannot hold at the same time between the same two people. */
  group: string;
  /** The relation a person can have only one of ("father", "wife"). */
  unique?: boolean;
  /**
   * The group of the same tie told from the other person's side: "Kerr is her younger brother" is
   * "she is Kerr's sister" (sibling / sibling), "his daughter" is "her father" (child / parent).
   */
  converse?: string;
  /** The gender the word gives the relative it names ("daughter" f, "father" m); none for "child", "parent". */
  gender?: 'f' | 'm';
  /** The word this one is another form of ("dad" of "father"): one relation, told in another register. */
  same?: string;
}

export interface VariantDef {
  /** House style; the other forms are flagged where the article mixes them. */
  preferred?: string;
  forms: string[];
  /** Compare case-sensitively ("US" the country, not "us" the pronoun). */
  caseSensitive?: boolean;
}
