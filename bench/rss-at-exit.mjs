// Preloaded with --import: reports the process's peak resident set size (KB) and its CPU time (µs, all threads,
// so worker threads and V8's garbage-collector threads count) on stderr when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nmaxrss=${usage.maxRSS} cpu=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
