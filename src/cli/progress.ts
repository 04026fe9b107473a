/**
 * Batch progress on standard error: a bar redrawn in place on a terminal (files done, rate, ETA), one plain
 * line per finished file otherwise (CI logs), and failures always, with their location. With `log: false`
 * (a command that prints its own report) only the bar.
 */
import type { BatchResult } from '../batch/task.js';

interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * A reporter for a batch (its total may grow when a corpus is split, so it comes with each update).
 *
 * @example
 * const progress = createProgress(process.stderr)
 * await runBatch({ ...options, onResult: progress.update })
 * progress.finish()
 */
export function createProgress(stream: ProgressStream, { log = true, now = () => performance.now() } = {}) {
  const started = now();
  const tty = stream.isTTY === true;
  let drawn = false;
  let lastDraw = 0;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[K');
    drawn = false;
  };
  return {
    update(result: BatchResult, done: number, total: number) {
      if (!log) {
        // The command reports results itself (validate): only the bar.
      } else if (!result.ok) {
        clear();
        const { file, line, column, message } = result.failure;
        stream.write(`${[file, line, column].filter((part) => part !== undefined).join(':')}: error: ${message}\n`);
      } else if (!tty) {
        stream.write(`${result.file}${result.output ? ` -> ${result.output}` : ''} (${result.ms} ms)\n`);
      }
      const time = now();
      if (tty && (time - lastDraw > 100 || done === total)) {
        lastDraw = time;
        clear();
        stream.write(bar(done, total, (time - started) / 1000));
        drawn = true;
      }
    },
    finish() {
      clear();
    },
  };
}

/** `[#########-----------]  450/1000  152.3 files/s  ETA 4s` */
export function bar(done: number, total: number, seconds: number): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total}  ${rate.toFixed(1)} files/s${eta === undefined ? '' : `  ETA ${eta}s`}`;
}

/**
 * The closing line of a batch.
 *
 * @example
 * summaryOf({ total: 3, succeeded: 2, failed: 1, ms: 1500 }) // '3 files: 2 done, 1 failed in 1.5 s (2.0 files/s)'
 */
export function summaryOf({ total, succeeded, failed, ms }: { total: number; succeeded: number; failed: number; ms: number }): string {
  const rate = ms > 0 ? (total / (ms / 1000)).toFixed(1) : '-';
  return `${total} files: ${succeeded} done, ${failed} failed in ${(ms / 1000).toFixed(1)} s (${rate} files/s)`;
}
