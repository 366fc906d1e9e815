/** What decides the rules and reports an article is read with: the options every command and library call shares. */
export interface CheckOptions {
  /** Rule packs added after the default pack and the config's packs. */
  rules?: string[];
  /** A config file for every input, instead of the nearest .copydeskrc found above each. */
  config?: string;
  /** Use no config file at all. */
  noConfig?: boolean;
  /** Related reports of the same story, each article is read against. */
  related?: string[];
}
