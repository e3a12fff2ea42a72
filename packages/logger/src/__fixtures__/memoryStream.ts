import { Writable } from 'node:stream';

/** A destination that keeps every line written to it, parsed. */
export function memoryStream() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  return {
    stream,
    lines,
    // biome-ignore lint/suspicious/noExplicitAny: tests read parsed lines as loose JSON.
    records: () => lines.map((line) => JSON.parse(line) as Record<string, any>),
  };
}
