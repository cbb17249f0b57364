import crypto from 'node:crypto';

/** Hex sha256 of the parts joined by a unit separator (a character no part contains). */
export function sha256Hex(...parts: string[]): string {
  return crypto.createHash('sha256').update(parts.join('\u001f')).digest('hex');
}
