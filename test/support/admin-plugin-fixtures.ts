// What the admin plugin's tests share: its manifest, a plugin report as the admin port returns
// one, and the two shapes of a refused command.
import assert from 'node:assert/strict';
import type { PluginReport } from '../../core/plugins/plugin-report.js';
import type { CommandResult } from '../harness/plugin-harness.js';

export const ADMIN_MANIFEST = 'plugins/admin/manifest.yaml';
/** Longer than any name or argument the plugin accepts. */
export const LONG_NAME = 'x'.repeat(500);

export function report(name: string, fields: Partial<PluginReport> = {}): PluginReport {
  return {
    name,
    version: '1.0.0',
    description: `The ${name} plugin.`,
    priority: 100,
    enabled: true,
    status: 'ready',
    lastError: null,
    crashCount: 0,
    nextRetryAt: null,
    calls: 0,
    errors: 0,
    p50Ms: 0,
    p99Ms: 0,
    commands: [],
    config: {},
    source: 'bundled',
    file: `plugins/${name}/manifest.yaml`,
    ...fields,
  };
}

/** A command that answered with an error and applied nothing. */
export function assertRefused(result: CommandResult, error: string): void {
  assert.equal(result.failure, undefined, result.failure?.message);
  assert.equal(result.error, error);
  assert.equal(result.output, undefined);
  assert.deepEqual(result.events, []);
  assert.deepEqual(result.sends, []);
}

/** A line the core refused before the plugin ran, as a usage error. */
export function assertUsage(result: CommandResult, message: string): void {
  assert.equal(result.failure?.code, 'E_COMMAND_USAGE');
  assert.equal(result.failure?.message, message);
  assert.deepEqual(result.events, []);
}
