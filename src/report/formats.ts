/** The report formats, by name: the library's `render` makes each; the command line offers them for --format. */
export type Format = 'text' | 'json' | 'html' | 'sarif' | 'github' | 'junit' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'html', 'sarif', 'github', 'junit', 'markdown'];
