// The plugin interface version: a manifest names the one it was built for, and a module imports
// host functions from that version's module; anything else is refused with what to do.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode, type HearthError } from '../../../../core/errors.js';
import { parseManifest, readManifest } from '../../../../core/plugins/manifest.js';
import { moduleProblems } from '../../../../core/plugins/module-check.js';
import { HOST_MODULE, PLUGIN_INTERFACE } from '../../../../core/plugins/plugin-interface.js';
import { wat } from '../../../support/wat.js';

const FILE = 'plugins/sample/manifest.yaml';
const BASE = ['name: sample', 'version: 1.0.0', 'description: A sample.', 'wasm: build/sample.wasm', 'commands: [{ name: go, description: d, handler: go }]'];

function problemsWith(...lines: string[]): string[] {
  return readManifest([...BASE, ...lines].join('\n'), FILE).problems.map((problem) => problem.message);
}

function moduleImporting(module: string, name: string): WebAssembly.Module {
  return new WebAssembly.Module(wat(`(module (import "${module}" "${name}" (func (param i64) (result i64))) (func (export "go") (result i32) (i32.const 0)))`));
}

describe('the plugin interface version', () => {
  it('is what this Hearth builds the kit for, and its host module carries it', () => {
    assert.equal(PLUGIN_INTERFACE, 2);
    assert.equal(HOST_MODULE, 'hearth:host/v2');
    assert.equal(parseManifest([...BASE, 'interface: 2'].join('\n'), FILE).name, 'sample');
  });

  it('refuses a manifest that names none, saying to rebuild and which line to add', () => {
    const [problem, ...rest] = problemsWith();
    assert.deepEqual(rest, []);
    assert.match(problem!, /interface/);
    assert.match(problem!, /names no plugin interface; this Hearth speaks interface 2: rebuild the plugin with this Hearth's kit and add "interface: 2"/);
  });

  it('refuses an older interface with how to upgrade, and a newer one with how to get a fitting Hearth', () => {
    assert.match(problemsWith('interface: 1')[0]!, /was built for plugin interface 1; this Hearth speaks interface 2: rebuild the plugin/);
    assert.match(problemsWith('interface: 3')[0]!, /needs plugin interface 3, newer than this Hearth's 2: upgrade Hearth/);
  });

  it('refuses interface values that are not whole numbers', () => {
    for (const value of ['"2"', '2.5', '0', '-1', '99999', '[2]', 'null']) {
      assert.ok(problemsWith(`interface: ${value}`).some((problem) => /interface/.test(problem)), value);
    }
  });

  it('refuses a module built for interface 1 once, naming the cause', () => {
    const manifest = parseManifest([...BASE, 'interface: 2'].join('\n'), FILE);
    const legacy = new WebAssembly.Module(
      wat(
        '(module (import "extism:host/user" "send" (func (param i64) (result i64))) (import "extism:host/user" "emit_event" (func (param i64) (result i64))) (func (export "go") (result i32) (i32.const 0)))',
      ),
    );
    const problems: HearthError[] = moduleProblems(manifest, legacy);
    assert.deepEqual(problems.map(errorCode), ['E_PLUGIN_INTERFACE']);
    assert.match(problems[0]!.message, /imports host functions from "extism:host\/user" and was built for plugin interface 1; .*rebuild the plugin with this Hearth's kit/);
  });

  it('accepts the versioned module and the runtime imports Hearth answers, and nothing else', () => {
    const manifest = parseManifest([...BASE, 'interface: 2'].join('\n'), FILE);
    assert.deepEqual(moduleProblems(manifest, moduleImporting(HOST_MODULE, 'random')), []);
    const seed = new WebAssembly.Module(wat('(module (import "env" "seed" (func (result f64))) (import "env" "Date.now" (func (result f64))) (func (export "go") (result i32) (i32.const 0)))'));
    assert.deepEqual(moduleProblems(manifest, seed), []);
    for (const [module, name] of [['hearth:host/v3', 'random'], ['hearth:host/v2', 'teleport_everyone'], ['env', 'abort'], ['env', 'process.exit']] as const) {
      assert.deepEqual(moduleProblems(manifest, moduleImporting(module, name)).map(errorCode), ['E_IMPORT_UNKNOWN'], `${module}::${name}`);
    }
  });
});
