#!/usr/bin/env node
/** The `copydesk` executable: the command line (src/command.ts) on the process's own arguments and streams. */
import { hideBin } from 'yargs/helpers';
import { main } from './command.js';
import { removeTemporariesOnSignals } from './report/write.js';

// interrupted (Ctrl-C, a CI job cancelled), a run leaves no half-written temporary report behind,
// and a run busy checking ends at once
removeTemporariesOnSignals();

main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
});
