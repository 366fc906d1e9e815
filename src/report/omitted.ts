import { MAX_FINDINGS } from '../engine/fold-and-cap.js';

/** A file whose findings the cap cut short (engine/fold-and-cap.ts): its path and how many were left out. */
export interface Omission {
  path: string;
  omitted: number;
}

/** The files of a report the cap cut short. */
export function omissions(files: readonly { path: string; omitted?: number }[]): Omission[] {
  return files.flatMap((file) => (file.omitted ? [{ path: file.path, omitted: file.omitted }] : []));
}

/** What every format says of a file the cap cut short, after its name: "1,234 more findings not in this report: …". */
export function omittedNote(omitted: number): string {
  return `${omitted.toLocaleString('en-US')} more finding${omitted === 1 ? '' : 's'} not in this report: copydesk reports at most ${MAX_FINDINGS.toLocaleString('en-US')} per file, the most severe first`;
}
