/** What the CLI touches outside itself, injectable so that tests can run `main` in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array | string>;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/**
 * Write a report given in pieces, about a megabyte at a time: never the whole of it as one string, which a report
 * of hundreds of thousands of diagnostics can be too long to be (V8 strings stop at about 512 MB).
 *
 * @example
 * writeChunks(io.stdout, reportChunks(reports, 'json'))
 */
export function writeChunks(stream: CliIo['stdout'], chunks: Iterable<string>): void {
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= 1 << 20) {
      stream.write(buffer);
      buffer = '';
    }
  }
  if (buffer) stream.write(buffer);
}
