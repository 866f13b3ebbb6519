// The kit's error codes are generated from the catalogue: the committed file must be what the
// generator writes now (run `npm run build:plugins`, or `npx tsx scripts/generate-kit-errors.ts`).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { ERROR_CATALOGUE, type ErrorCode } from '../../../core/errors.js';
import { KIT_ERROR_CODES_FILE, kitErrorCodesSource, pluginErrorCodes } from '../../../scripts/generate-kit-errors.js';

describe("the kit's generated error codes", () => {
  it('are current with core/error-catalogue.ts', async () => {
    assert.equal(await readFile(KIT_ERROR_CODES_FILE, 'utf8'), kitErrorCodesSource(), 'regenerate with npm run build:plugins and commit the file');
  });

  it('are exactly the codes plugins can see, each a constant holding its own name', () => {
    const source = kitErrorCodesSource();
    const constants = [...source.matchAll(/^export const (E_[A-Z0-9_]+): string = '(E_[A-Z0-9_]+)';$/gm)].map(([, name, value]) => {
      assert.equal(value, name);
      return name;
    });
    const expected = (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).filter((code) => 'plugins' in ERROR_CATALOGUE[code]);
    assert.deepEqual(constants, expected);
    assert.deepEqual(pluginErrorCodes(), expected);
    // The ones plugins act on, and the new one that tells "too long" from "not found".
    for (const code of ['E_OBJECT_NOT_FOUND', 'E_NAME_TOO_LONG', 'E_HOST_CALL_INVALID', 'E_TABLE_CONSTRAINT', 'E_HOST_REPLY'] as const) assert.ok(constants.includes(code), code);
    assert.ok(!constants.includes('E_PLUGIN_TRAP'), 'a crash is reported about a plugin, never to it');
  });
});
