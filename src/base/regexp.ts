/** Text written into a regular expression as itself: its special characters escaped ("St." matches "St.", not "St" and any character). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
