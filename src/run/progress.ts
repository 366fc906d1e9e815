/**
 * Progress of a long run, for a person at a terminal: tasks done of all, the rate, and the time left
 * at that rate, redrawn in place on one line of standard error at most a few times a second, then
 * a closing line. The command line shows it only when standard error is a terminal, so logs and pipes
 * get none of it.
 */

/** Told how many tasks of how many are done: 0 when the run starts, then after each task. */
export type ProgressListener = (done: number, total: number, unit: 'files' | 'stories') => void;

const CLEAR_LINE = '\r\u001b[K';

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function rate(perSecond: number): string {
  return perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(1);
}

/** A listener that draws on a terminal through `write`; `now` (milliseconds) and `every` are for tests. */
export function terminalProgress(write: (text: string) => void, now: () => number = () => performance.now(), every = 200): ProgressListener {
  let started = 0;
  let drawn = -Infinity;
  return (done, total, unit) => {
    const at = now();
    if (done === 0) {
      started = at;
      return;
    }
    const seconds = (at - started) / 1000;
    const perSecond = seconds > 0 ? done / seconds : 0;
    const count = `${done.toLocaleString('en')}/${total.toLocaleString('en')} ${unit}`;
    if (done >= total) {
      write(`${CLEAR_LINE}copydesk: ${count} in ${duration(seconds)}${perSecond > 0 ? ` (${rate(perSecond)} ${unit}/s)` : ''}\n`);
      return;
    }
    if (at - drawn < every) return;
    drawn = at;
    const left = perSecond > 0 ? `, about ${duration((total - done) / perSecond)} left` : '';
    write(`${CLEAR_LINE}copydesk: ${count}, ${rate(perSecond)} ${unit}/s${left}`);
  };
}
