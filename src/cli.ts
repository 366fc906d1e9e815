#!/usr/bin/env node
/** The `copydesk` executable: the command line (src/command.ts) on the process's own arguments and streams. */
import { hideBin } from 'yargs/helpers';
import { main } from './command.js';

main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
});
