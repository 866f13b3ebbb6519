// The probe fixture plugin (test/fixtures/plugins/probe) in the harness, with the capabilities,
// limits and extra manifest lines a test asks for. `probe <what>` calls host functions and
// answers what each said.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseManifest } from '../../core/plugins/manifest.js';
import type { PluginLimits } from '../../core/plugins/plugin-limits.js';
import { PluginHarness } from '../harness/plugin-harness.js';
import { buildFixturePlugin } from './fixture-plugins.js';

export async function loadProbe(capabilities: string[], options: { limits?: Partial<PluginLimits>; manifestLines?: string[] } = {}): Promise<PluginHarness> {
  const wasmPath = await buildFixturePlugin('probe');
  const manifest = parseManifest(probeManifest(capabilities, 'probe/build/probe.wasm', options.manifestLines), 'test/fixtures/plugins/probe.yaml');
  return PluginHarness.loadManifest(manifest, await readFile(wasmPath), options.limits);
}

/** The probe's manifest text, with its wasm where `wasm` says and any extra lines (a schema, say). */
export function probeManifest(capabilities: string[], wasm: string, extraLines: string[] = []): string {
  return [
    'name: probe',
    'version: 1.0.0', 'interface: 2',
    'description: Calls host functions on request.',
    `wasm: ${wasm}`,
    `capabilities: ${JSON.stringify(capabilities)}`,
    'commands:',
    '  - { name: probe, pattern: "probe <what>", description: Probe the host., handler: cmd_probe }',
    ...extraLines,
  ].join('\n');
}

/** `probe` answers `name=result` pairs separated by spaces; this reads them into a map. */
export function probeAnswers(output: string | undefined): Map<string, string> {
  return new Map((output ?? '').split(' ').map((entry) => entry.split('=') as [string, string]));
}

/** What a host function answered to `probe call`: `ok`, then its fields or its `error`. */
export interface ProbeAnswer {
  ok: boolean;
  error?: { code: string; message: string };
  [key: string]: unknown;
}

/** Calls host function `name` from inside the probe, as `actor`, with `input` (JSON, or a raw text). */
export async function probeCall(harness: PluginHarness, actor: number, name: string, input: unknown): Promise<ProbeAnswer> {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  const result = await harness.command(`probe call ${name} ${text}`, actor);
  assert.equal(result.failure, undefined, `${name} ${text} crashed the call`);
  return JSON.parse(result.output ?? '') as ProbeAnswer;
}
