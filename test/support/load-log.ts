/**
 * `node --import dist/test/support/load-log.js …` with COPYDESK_LOAD_LOG=FILE: every module the
 * process loads is appended to FILE, one a line, as it loads: ES modules (the executable's bundle and
 * its chunks) as file URLs from a loader hook, CommonJS ones as paths from the CommonJS loader. The
 * start-up tests read it to see what a command really loads.
 */
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const log = process.env['COPYDESK_LOAD_LOG'];
if (log) {
  // the hook runs on the loader's own thread: it writes the line itself, before the module runs
  const hook = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(log, url + '\\n');
  return next(url, context);
}`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, { parentURL: import.meta.url, data: { log } });
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown; _resolveFilename: (request: string, parent: unknown, isMain: boolean) => string };
  const load = loader._load;
  loader._load = function (request, parent, isMain) {
    if (!request.startsWith('node:')) {
      try {
        const path = loader._resolveFilename(request, parent, isMain);
        if (path.startsWith('/') || /^[A-Za-z]:\\/.test(path)) appendFileSync(log, `${path}\n`);
      } catch {
        // a request that does not resolve fails in the loader itself, as it would without this hook
      }
    }
    return load.call(this, request, parent, isMain);
  };
}
