// The error catalogue is the one list of Hearth's error codes: adding a code is deliberate (the
// count changes), every code is documented in docs/errors.md and nothing else is, the source tree
// names no code the catalogue lacks, and error classes live in core/errors.ts.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ERROR_CATALOGUE, type ErrorCode, HearthError, isErrorCode } from '../../../core/errors.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];
/** Classes that extend Error outside core/errors.ts but are signals caught inside Hearth, never shown. */
const SIGNALS = new Set(['CallPaused', 'FuelExhausted', 'UsageError']);

async function sourceFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(ROOT, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'build') files.push(...(await sourceFiles(path)));
    } else if (entry.name.endsWith('.ts')) {
      files.push(path);
    }
  }
  return files;
}

async function read(file: string): Promise<string> {
  return readFile(join(ROOT, file), 'utf8');
}

/** Each code's row in docs/errors.md, and whether that row says plugins see it. */
async function documentedCodes(): Promise<Map<string, { plugins: boolean; rows: number }>> {
  const documented = new Map<string, { plugins: boolean; rows: number }>();
  for (const match of (await read('docs/errors.md')).matchAll(/^\| `(E_[A-Z0-9_]+)` \| (plugin)? ?\| (.*) \| (.*) \|$/gm)) {
    const [, code, plugins, meaning, action] = match;
    assert.ok(meaning!.trim().length > 0 && action!.trim().length > 0, `${code}: docs/errors.md gives its meaning and what to do`);
    const seen = documented.get(code!);
    documented.set(code!, { plugins: plugins !== undefined, rows: (seen?.rows ?? 0) + 1 });
  }
  return documented;
}

describe('the error catalogue', () => {
  it('holds a counted set of codes, each with a one-line meaning', () => {
    // Adding a code is deliberate: document it in docs/errors.md, then raise this count.
    assert.equal(CODES.length, 88);
    for (const code of CODES) {
      assert.match(code, /^E_[A-Z][A-Z0-9_]*[A-Z0-9]$/);
      const { meaning } = ERROR_CATALOGUE[code];
      assert.ok(meaning.length > 10 && meaning.length <= 120 && !meaning.includes('\n') && meaning.endsWith('.'), `${code}: "${meaning}"`);
    }
  });

  it('is what HearthError accepts, and what isErrorCode recognises', () => {
    assert.equal(new HearthError('E_OBJECT_NOT_FOUND', 'x').code, 'E_OBJECT_NOT_FOUND');
    // @ts-expect-error: a code outside the catalogue does not compile (npm run typecheck checks this line).
    assert.equal(new HearthError('E_NOT_IN_THE_CATALOGUE', 'x').name, 'HearthError');
    assert.equal(isErrorCode('E_NAME_TOO_LONG'), true);
    for (const hostile of ['E_NOT_IN_THE_CATALOGUE', 'toString', '__proto__', 'e_object_not_found', '', 12, null, undefined]) {
      assert.equal(isErrorCode(hostile), false, String(hostile));
    }
  });

  it('is documented in docs/errors.md: every code once, with whether plugins see it, and nothing else', async () => {
    const documented = await documentedCodes();
    for (const code of CODES) {
      const row = documented.get(code);
      assert.ok(row, `${code} is in core/error-catalogue.ts but not in docs/errors.md`);
      assert.equal(row.rows, 1, `${code} has one row in docs/errors.md`);
      assert.equal(row.plugins, 'plugins' in ERROR_CATALOGUE[code], `${code}: docs/errors.md and the catalogue agree on whether plugins see it`);
    }
    for (const code of documented.keys()) assert.ok(isErrorCode(code), `${code} is in docs/errors.md but not in core/error-catalogue.ts`);
  });

  it('has every code the docs mention', async () => {
    const docs = ['README.md', ...(await readdir(join(ROOT, 'docs'))).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
    for (const doc of docs) {
      for (const [code] of (await read(doc)).matchAll(/\bE_[A-Z][A-Z0-9_]*[A-Z0-9]\b/g)) assert.ok(isErrorCode(code), `${doc} mentions ${code}, which core/error-catalogue.ts lacks`);
    }
  });

  it('has every code the sources name in a string, and the bundled plugins name codes only through the kit', async () => {
    const files = [...(await sourceFiles('core')), ...(await sourceFiles('server')), ...(await sourceFiles('plugins'))];
    assert.ok(files.length > 100, 'the walk found the sources');
    const generated = join('plugins', 'pdk', 'generated');
    for (const file of files) {
      const text = await read(file);
      for (const [, , code] of text.matchAll(/(['"`])(E_[A-Z][A-Z0-9_]*)\1/g)) {
        assert.ok(isErrorCode(code), `${file} names ${code}, which core/error-catalogue.ts lacks`);
        if (file.startsWith('plugins') && !file.startsWith(generated)) assert.fail(`${file} names ${code} as a string; import the kit's constant ${code} instead`);
      }
    }
  });

  it('is where the error classes are: others outside core/errors.ts are only internal signals', async () => {
    const files = [...(await sourceFiles('core')), ...(await sourceFiles('server'))].filter((file) => relative('core', file) !== 'errors.ts');
    for (const file of files) {
      for (const [, name] of (await read(file)).matchAll(/class (\w+) extends \w*Error\b/g)) {
        assert.ok(SIGNALS.has(name!), `${file} defines ${name}; error classes belong in core/errors.ts`);
      }
    }
  });
});
