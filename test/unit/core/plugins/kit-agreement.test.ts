// The kit, the host and the docs agree: the kit's generated files are what the core generates
// now, the kit imports exactly the host's functions, and docs/plugin-authoring.md documents each,
// and every manifest field (pages included) in its manifest reference.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { HOST_FUNCTIONS, HOST_MODULE } from '../../../../core/plugins/host-functions/index.js';
import { MANIFEST_FIELDS } from '../../../../core/plugins/manifest.js';
import { generatedKitFiles } from '../../../../scripts/kit/kit-sources.js';

const hostNames = HOST_FUNCTIONS.map((spec) => spec.name).sort();

describe('the kit, the host and the docs', () => {
  it('have the generated kit files as the core makes them now (npm run build:plugins writes them)', async () => {
    for (const [path, text] of Object.entries(generatedKitFiles())) assert.equal(await readFile(path, 'utf8'), text, `${path} is stale`);
  });

  it('import every host function, and only those, from the versioned module', async () => {
    const imports = await readFile('plugins/pdk/host-imports.ts', 'utf8');
    const declared = [...imports.matchAll(/@external\("([^"]+)", "([a-z_]+)"\)/g)];
    assert.deepEqual([...new Set(declared.map((match) => match[1]))], [HOST_MODULE]);
    assert.deepEqual(declared.map((match) => match[2]).sort(), hostNames);
  });

  it('document every host function in the host functions tables, and no function the host lacks', async () => {
    const docs = await readFile('docs/plugin-authoring.md', 'utf8');
    const section = docs.slice(docs.indexOf('\n## Host functions'), docs.indexOf('\n## Limits'));
    assert.ok(section.length > 100, 'docs/plugin-authoring.md has a "Host functions" section before "Limits"');
    const documented = new Set([...section.matchAll(/^\| `([a-z_]+)` \(/gm)].map((match) => match[1]!));
    assert.deepEqual([...documented].sort(), hostNames);
  });

  it('document every manifest field in the manifest reference, and no field the manifest lacks', async () => {
    const docs = await readFile('docs/plugin-authoring.md', 'utf8');
    const section = docs.slice(docs.indexOf('\n## The manifest'), docs.indexOf('\n### Commands'));
    const rows = [...section.matchAll(/^\| (`[a-z_]+`(?: \/ `[a-z_]+`)*) \|/gm)].flatMap((match) => [...match[1]!.matchAll(/`([a-z_]+)`/g)].map((field) => field[1]!));
    assert.deepEqual([...new Set(rows)].sort(), [...MANIFEST_FIELDS].sort());
  });
});
