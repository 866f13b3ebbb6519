// Writes the error codes a plugin can meet (those core/error-catalogue.ts marks `plugins`) into the plugin
// kit as AssemblyScript constants, so a plugin compares `HostReply.errorCode` with names its
// compiler checks rather than with strings. `npm run build:plugins` runs this first. The file is
// rewritten only when its text changes, so an unchanged catalogue leaves every plugin up to date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CATALOGUE, type ErrorCode } from '../core/error-catalogue.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const KIT_ERROR_CODES_FILE = join(root, 'plugins', 'pdk', 'generated', 'error-codes.ts');

/** The codes a plugin can meet, in catalogue order. */
export function pluginErrorCodes(): ErrorCode[] {
  return (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).filter((code) => 'plugins' in ERROR_CATALOGUE[code]);
}

/** The text of the kit's error-code file for the current catalogue. */
export function kitErrorCodesSource(): string {
  const lines = [
    '// Generated from core/error-catalogue.ts by scripts/generate-kit-errors.ts (npm run build:plugins); do not edit.',
    '// The error codes a plugin can meet in HostReply.errorCode; docs/errors.md says what to do about each.',
  ];
  for (const code of pluginErrorCodes()) {
    lines.push('', `/** ${ERROR_CATALOGUE[code].meaning} */`, `export const ${code}: string = '${code}';`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the file when it differs; true when it did. */
export async function generateKitErrors(): Promise<boolean> {
  const text = kitErrorCodesSource();
  const current = await readFile(KIT_ERROR_CODES_FILE, 'utf8').catch(() => null);
  if (current === text) return false;
  await mkdir(dirname(KIT_ERROR_CODES_FILE), { recursive: true });
  await writeFile(KIT_ERROR_CODES_FILE, text);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  generateKitErrors().then(
    (written) => console.log(written ? `kit: wrote ${KIT_ERROR_CODES_FILE}` : 'kit: error codes up to date'),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
