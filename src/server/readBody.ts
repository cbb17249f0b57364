import type { IncomingMessage } from 'node:http';
import { NewsgraphError } from '../errors/NewsgraphError';

/** Reads a request body up to `limitBytes`; larger bodies fail with LIMIT_EXCEEDED before parsing. */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limitBytes) {
      req.resume();
      reject(new NewsgraphError(`request body is larger than ${limitBytes} bytes`, { code: 'LIMIT_EXCEEDED' }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limitBytes) {
        failed = true;
        reject(new NewsgraphError(`request body is larger than ${limitBytes} bytes`, { code: 'LIMIT_EXCEEDED' }));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (e) => {
      if (!failed) reject(e);
    });
  });
}
