// The random and clock host functions as a plugin calls them (JSON in a kernel block, JSON back),
// with malformed and out-of-range input answered as errors the plugin can read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { CallScope } from '../../../../../core/plugins/call-scope.js';
import { CapabilitySet } from '../../../../../core/plugins/capabilities.js';
import { clock, random } from '../../../../../core/plugins/host-functions/chance-and-time.js';
import { bindHostFunction, type CallSlot, type PluginBinding } from '../../../../../core/plugins/host-functions/host-function.js';
import type { HostServices } from '../../../../../core/plugins/host-services.js';
import { ManualClock } from '../../../../../core/plugins/plugin-clock.js';
import { DEFAULT_PLUGIN_LIMITS, PluginRates } from '../../../../../core/plugins/plugin-limits.js';
import { SeededRandom } from '../../../../../core/plugins/random-source.js';
import { CallJournal } from '../../../../../core/plugins/runtime/call-journal.js';
import { ExtismKernel } from '../../../../../core/plugins/runtime/extism-kernel.js';
import { LogRate } from '../../../../../core/limits/log-rate.js';

const clockSource = new ManualClock(Date.UTC(2026, 11, 3, 12));
const services = { random: new SeededRandom('unit'), clock: clockSource, logger: pino({ level: 'silent' }) } as unknown as HostServices;
const binding: PluginBinding = {
  plugin: 'dice',
  capabilities: new CapabilitySet([]),
  services,
  limits: DEFAULT_PLUGIN_LIMITS,
  rates: new PluginRates(DEFAULT_PLUGIN_LIMITS),
  logRate: new LogRate({ perSecond: 1, burst: 1 }),
  tables: new Map(),
};

/** Calls a host function as the module would, inside a call, and reads its JSON answer. */
function call(spec: typeof random | typeof clock, input: string | null): Record<string, unknown> {
  const kernel = new ExtismKernel({ maxBytes: 1 << 20, maxBlocks: 100, maxVarBytes: 1024 }, {}, () => undefined);
  kernel.begin(new Uint8Array(0));
  const slot: CallSlot = { current: { scope: new CallScope('dice', null, { kind: 'plugin', id: 'dice' }, 0), journal: new CallJournal('dice'), seed: 1n } };
  const fn = bindHostFunction(spec as never, binding, slot);
  const answer = kernel.readText(fn(kernel, input === null ? 0n : kernel.storeText(input)));
  return JSON.parse(answer!) as Record<string, unknown>;
}

describe('random', () => {
  it('answers whole numbers within min and max, both included', () => {
    const answer = call(random, '{"min": 1, "max": 6, "count": 100}');
    assert.equal(answer['ok'], true);
    const values = answer['values'] as number[];
    assert.equal(values.length, 100);
    assert.ok(values.every((value) => Number.isInteger(value) && value >= 1 && value <= 6));
    assert.deepEqual(new Set(values).size, 6);
    assert.deepEqual(call(random, '{"min": -5, "max": -5}')['values'], [-5]);
  });

  it('refuses malformed, inverted, oversized and non-integer requests with E_HOST_CALL_INVALID', () => {
    const refused = [
      null,
      '',
      'not json',
      '[]',
      '{"min": 1}',
      '{"min": 6, "max": 1}',
      '{"min": 0, "max": 281474976710656}',
      '{"min": 0.5, "max": 2}',
      '{"min": "1", "max": "6"}',
      '{"min": 1, "max": 6, "count": 0}',
      '{"min": 1, "max": 6, "count": 101}',
      '{"min": 1, "max": 6, "count": 1e9}',
      '{"min": -9007199254740993, "max": 0}',
      '{"min": 1, "max": 6, "seed": 4}',
      `{"min": 1, "max": 6, "pad": "${'x'.repeat(2 << 20)}"}`,
    ];
    for (const input of refused) {
      const answer = call(random, input);
      assert.equal(answer['ok'], false, String(input).slice(0, 60));
      assert.equal((answer['error'] as { code: string }).code, 'E_HOST_CALL_INVALID', String(input).slice(0, 60));
    }
  });
});

describe('clock', () => {
  it('answers the wall clock and the monotonic clock', () => {
    clockSource.advance(250);
    assert.deepEqual(call(clock, '{}'), { ok: true, unix_ms: Date.UTC(2026, 11, 3, 12) + 250, monotonic_ms: 250 });
  });

  it('refuses input other than an empty object', () => {
    for (const input of [null, '[]', '{"zone": "UTC"}', '7']) assert.equal(call(clock, input)['ok'], false, String(input));
  });
});
