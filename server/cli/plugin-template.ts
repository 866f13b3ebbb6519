// `hearth plugin new <name>`: a plugin folder that builds, passes its test and installs as it is,
// for an author to grow from: manifest, AssemblyScript source using the plugin kit, a harness
// test, and npm scripts that call this Hearth's CLI. The folder depends on this Hearth by a
// relative `file:` path, so it holds no absolute path: `npm install` links Hearth into its
// node_modules (nothing is downloaded), which gives it the kit, the harness and the `hearth` bin.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { HearthError } from '../../core/errors.js';
import { HEARTH_PACKAGE, HEARTH_ROOT } from '../../core/paths.js';

const PLUGIN_NAME = /^[a-z][a-z0-9-]{1,31}$/;
/** How plugin code names the kit and the harness: through the package, wherever the folder is. */
export const KIT_IMPORT = `${HEARTH_PACKAGE}/plugins/pdk`;
export const HARNESS_IMPORT = `${HEARTH_PACKAGE}/harness`;

export async function writePluginTemplate(name: string, parent: string): Promise<string> {
  if (!PLUGIN_NAME.test(name)) throw new HearthError('E_NAME_INVALID', `"${name.slice(0, 40)}" is not a plugin name: 2-32 lower-case letters, digits or "-", starting with a letter.`);
  const folder = resolve(parent, name);
  if (await stat(folder).then(() => true, () => false)) throw new HearthError('E_PLUGIN_SOURCE', `${folder} already exists; choose another name or folder.`);
  const handler = `cmd_${name.replace(/-/g, '_')}`;
  const hearth = `file:${relative(folder, HEARTH_ROOT).split(sep).join('/') || '.'}`;
  const files: Record<string, string> = {
    'manifest.yaml': manifest(name, handler),
    'src/index.ts': `// The handlers the manifest names, and nothing else.\nexport { ${handler} } from './commands/${name}';\n`,
    [`src/commands/${name}.ts`]: command(name, handler),
    [`test/${name}.test.ts`]: test(name),
    'package.json': `${JSON.stringify(
      {
        name: `hearth-plugin-${name}`,
        version: '0.1.0',
        private: true,
        type: 'module',
        scripts: { build: 'hearth plugin build .', test: 'hearth plugin test .', 'hearth-install': 'hearth plugin install .' },
        devDependencies: { [HEARTH_PACKAGE]: hearth },
        // Hearth's own install step builds its bundled plugins; a plugin folder has no need of it.
        allowScripts: { [hearth]: false },
      },
      null,
      2,
    )}\n`,
    '.gitignore': 'node_modules/\nbuild/\n',
    'README.md': readme(name),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(folder, file, '..'), { recursive: true });
    await writeFile(join(folder, file), text);
  }
  return folder;
}

function manifest(name: string, handler: string): string {
  return `# ${name}: made with \`hearth plugin new\`. Build with \`npm run build\`, test with \`npm test\`,
# install into a server with \`npm run hearth-install\` (or \`hearth plugin install <this folder>\`).
name: ${name}
version: 0.1.0
interface: 2
description: Greets whoever uses it, or whomever they name.
priority: 100
wasm: build/${name}.wasm
# Denied by default: add what the plugin needs, e.g. emit:location:* to speak to a room.
capabilities: []
# Settings an admin can change with @plugin/config ${name} greeting=<text>.
config:
  greeting: Hello
commands:
  - name: ${name}
    pattern: "${name} [<whom>]"
    description: Greets you, or whomever you name.
    help: |
      ${name} [<whom>]

      Answers with a greeting: to you, or to whomever you name.

      Examples: ${name}     ${name} Bob
    handler: ${handler}
`;
}

function command(name: string, handler: string): string {
  return `// ${name} [<whom>]: answers with the configured greeting.
import { Command, reply, setting } from '${KIT_IMPORT}';

export function ${handler}(): i32 {
  const command = Command.read();
  const whom = command.hasArg('whom') ? command.arg('whom') : command.actor.name;
  return reply(setting('greeting', 'Hello') + ', ' + whom + '!');
}
`;
}

function test(name: string): string {
  return `// ${name} in Hearth's plugin test harness: the real plugin host, an in-memory world.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { PluginHarness } from '${HARNESS_IMPORT}';

describe('${name}', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await PluginHarness.load(fileURLToPath(new URL('../manifest.yaml', import.meta.url)));
  });
  after(() => harness.close());

  it('greets whoever uses it', async () => {
    const alice = harness.world.addCharacter('Alice');
    assert.equal((await harness.command('${name}', alice.id)).output, 'Hello, Alice!');
  });

  it('greets whomever they name, in any script', async () => {
    const alice = harness.world.addCharacter('Ann');
    assert.equal((await harness.command('${name} Zoë ✓', alice.id)).output, 'Hello, Zoë ✓!');
  });
});
`;
}

function readme(name: string): string {
  return `# ${name}

A Hearth plugin. \`src/\` is AssemblyScript using Hearth's plugin kit; \`manifest.yaml\` says what
it is, which commands it answers and which capabilities it needs.

\`package.json\` depends on the Hearth checkout that made this folder, by a relative path. Run
\`npm install\` once: it links that Hearth into \`node_modules\` (nothing is downloaded). If you
move this folder or the checkout, fix the path in \`package.json\` and run \`npm install\` again.

- \`npm run build\`: compiles \`src/index.ts\` to \`build/${name}.wasm\`
- \`npm test\`: runs \`test/\` in Hearth's plugin test harness
- \`npm run hearth-install\`: installs it into the server (a running server picks it up at once);
  name the server's data folder with \`npm run hearth-install -- --data-dir <folder>\`
- \`npx hearth ...\`: any other \`hearth\` command, run by the linked Hearth
`;
}
