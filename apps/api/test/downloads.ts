import type { Response } from 'superagent';

/** A supertest body parser that keeps a binary download (XLSX) as a Buffer. */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const parts: Buffer[] = [];
  stream.on('data', (part: Buffer) => parts.push(part));
  stream.on('end', () => done(null, Buffer.concat(parts)));
}

/** The data lines of a CSV download (without BOM, header and the final line break). */
export function csvDataLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1, -1);
}
