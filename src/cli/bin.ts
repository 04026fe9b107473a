#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`teikit html big.xml | head`) closes our standard output, and the next write fails with
// EPIPE, emitted as an 'error' event that would crash the process with a stack trace. Nothing can reach that reader
// any more, so the error is not the user's concern: later writes are dropped (the stream is destroyed), the command
// runs to its end and the process exits with the command's own code, not 141 as a shell's SIGPIPE would give, so
// that `teikit validate … | head` with `set -o pipefail` still says whether the files are valid.
// Any other write error still crashes loudly. Handled here, once, because only the real process has these streams.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
