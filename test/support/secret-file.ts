// A stand-in for a secret on the server's disk (a password file, the admin token), for tests
// that point plugin installs at it and check no error ever shows any of it.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';

/** Letters no Hearth message contains by chance, four at a time. */
export const SECRET_TEXT = 'QZXJVKWQPYFJXQZVJQKZ';

export async function writeSecretFile(path: string): Promise<string> {
  await writeFile(path, `${SECRET_TEXT}\n`, { mode: 0o600 });
  return path;
}

/** Fails if `text` holds any four characters of the secret in a row, or its first bytes in hex. */
export function assertShowsNoSecret(text: string): void {
  for (let start = 0; start + 4 <= SECRET_TEXT.length; start += 1) {
    assert.ok(!text.includes(SECRET_TEXT.slice(start, start + 4)), `shows "${SECRET_TEXT.slice(start, start + 4)}" of the secret: ${text}`);
  }
  const hex = [...Buffer.from(SECRET_TEXT.slice(0, 4))].map((byte) => byte.toString(16).padStart(2, '0'));
  assert.ok(!text.toLowerCase().includes(hex.join(' ')), `shows the secret's first bytes in hex: ${text}`);
  assert.ok(!text.toLowerCase().includes(`0x${hex[0]}`), `shows the secret's first byte in hex: ${text}`);
}
