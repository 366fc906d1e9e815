#!/usr/bin/env node
/** The `copydesk` executable: the command line (src/command.ts) on the process's own arguments and streams. */
import { hideBin } from 'yargs/helpers';
import { main } from './command.js';
import { removeTemporaries } from './report/write.js';

// interrupted (Ctrl-C, a CI job cancelled), a run leaves no half-written temporary report behind
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    removeTemporaries();
    process.exit(code);
  });
}

main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
});
