// Preloaded with --import: reports the process's peak resident set size on stderr when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmaxrss=${process.resourceUsage().maxRSS}\n`));
