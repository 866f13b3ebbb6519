// A real plugin calling every host function: with no capabilities each call is refused with an
// error value (never a crash) and logged under the plugin's name; with them, each works.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import type { PluginLimits } from '../../../core/plugins/plugin-limits.js';
import type { PluginHarness } from '../../harness/plugin-harness.js';
import { loadProbe } from '../../support/probe-plugin.js';

function probe(capabilities: string[], limits: Partial<PluginLimits> = {}): Promise<PluginHarness> {
  return loadProbe(capabilities, { limits });
}

describe('capabilities, from inside a plugin', () => {
  describe('with none', () => {
    let harness: PluginHarness;
    before(async () => {
      // No refill, so the log test counts exactly the burst however long the call takes.
      harness = await probe([], { deniedLogsPerSecond: 0 });
    });
    after(() => harness.close());

    it('refuses every guarded host function with E_CAPABILITY_DENIED and changes nothing', async () => {
      const alice = harness.world.addCharacter('Alice');
      const result = await harness.command('probe all', alice.id);
      assert.equal(result.failure, undefined, 'denials are error values, not crashes');
      const guarded = ['emit', 'kv_set', 'kv_get', 'kv_delete', 'query_location', 'query_character', 'query_object', 'query_exits'];
      for (const call of [...guarded, 'create_object', 'set_attribute', 'http_get', 'http_post', 'http_get_other', 'send_other']) {
        assert.match(result.output ?? '', new RegExp(`${call}=E_CAPABILITY_DENIED`), call);
      }
      assert.deepEqual(result.events, []);
      assert.equal(harness.kv.size, 0);
      assert.equal(harness.http.requests.length, 0);
      assert.equal(harness.world.contents(harness.world.startingRoomId).filter((item) => item.kind === 'thing').length, 0);
    });

    it('logs denials with the plugin name, a burst and then a count, so a plugin cannot flood the log', () => {
      const denials = harness.denials();
      assert.equal(denials.length, 10, 'the burst of denial lines, though the call was denied 14 times');
      assert.ok(denials.every((line) => line.plugin === 'probe'));
    });

    it('still lets a plugin reply to the player whose command it is', async () => {
      const bob = harness.world.addCharacter('Bob');
      const result = await harness.command('probe tell', bob.id);
      assert.match(result.output ?? '', /tell=ok/);
      assert.deepEqual(result.sends, [{ characterId: bob.id, text: 'told \u2713' }]);
    });
  });

  describe('with them', () => {
    let harness: PluginHarness;
    before(async () => {
      harness = await probe(
        ['emit:location:*', 'emit:character:*', 'kv:read', 'kv:write', 'read:locations', 'read:objects', 'read:characters', 'write:objects', 'http:get:*.example.com', 'http:post:api.example.com'],
        // No refill during a call, so the log test counts exactly the burst.
        { logsPerSecond: 0 },
      );
    });
    after(() => harness.close());

    it('lets each granted call through, and only to the allowed domains', async () => {
      const alice = harness.world.addCharacter('Alice');
      harness.http.respond('https://api.example.com/data', { status: 200, body: 'weather: fine' });
      harness.http.respond('https://api.example.com/submit', { status: 201, body: '' });
      const result = await harness.command('probe all', alice.id);
      const output = result.output ?? '';
      const granted = ['emit=ok', 'kv_set=ok', 'kv_get=ok:value \u00e9', 'kv_delete=ok', 'query_location=ok', 'query_character=ok', 'query_object=ok'];
      for (const call of [...granted, 'query_exits=ok', 'create_object=ok', 'set_attribute=ok', 'http_get=ok:weather: fine', 'http_post=ok:201', 'send_other=ok']) {
        assert.ok(output.includes(call), `${call} in ${output}`);
      }
      assert.match(output, /http_get_other=E_CAPABILITY_DENIED/);
      assert.deepEqual(harness.http.requests.at(-1), { method: 'POST', url: 'https://api.example.com/submit', body: 'body \u00e9' });
      assert.equal(harness.world.get(alice.id)?.attributes['mood'], 'calm \u00e9');
      assert.deepEqual(result.sends, [{ characterId: 999, text: 'hello' }]);
      assert.equal(result.events.length, 1);
      assert.equal(result.events[0]?.payload['text'], 'probe!');
      assert.equal(harness.kv.get('probe\u0000key'), 'value \u00e9');
    });

    it('moves the actor and announces it, held until the call succeeds', async () => {
      const walker = harness.world.addCharacter('Walker');
      const result = await harness.command('probe move', walker.id);
      assert.match(result.output ?? '', /move=ok/);
      assert.notEqual(harness.world.get(walker.id)?.locationId, harness.world.startingRoomId);
      assert.deepEqual(result.events.map((event) => event.type), ['leave', 'arrive']);
    });

    it('undoes everything a call did when it crashes afterwards', async () => {
      const unlucky = harness.world.addCharacter('Unlucky');
      const result = await harness.command('probe move-then-fail', unlucky.id);
      assert.equal(errorCode(result.failure), 'E_PLUGIN_TRAP');
      assert.equal(harness.world.get(unlucky.id)?.locationId, harness.world.startingRoomId, 'moved back');
      assert.ok(![...Array(50).keys()].some((id) => harness.world.get(id)?.name === 'Doomed Room'), 'the room it made is gone');
      assert.deepEqual(result.events, [], 'no event from the failed call');
      assert.deepEqual(result.sends, [], 'no text from the failed call');
    });

    it('rate limits the log and never lets plugin text through unbounded', async () => {
      const alice = harness.world.byName('Alice')!;
      harness.logs.length = 0;
      await harness.command('probe log', alice.id);
      const lines = harness.logs.filter((line) => line.plugin === 'probe' && line.msg.startsWith('log line'));
      assert.equal(lines.length, 50, 'the burst of 50 is logged and the other 50 lines are dropped');
    });

    it('caps KV keys at 256 bytes and values at 64 KiB', async () => {
      const alice = harness.world.byName('Alice')!;
      const result = await harness.command('probe kv-big', alice.id);
      assert.match(result.output ?? '', /long_key=E_HOST_CALL_INVALID big_value=E_HOST_CALL_INVALID fits=ok/);
      assert.equal(harness.kv.has(`probe\u0000${'k'.repeat(300)}`), false);
    });

    it('undoes KV writes when the call refuses afterwards', async () => {
      const alice = harness.world.byName('Alice')!;
      const before = harness.kv.get('probe\u0000key');
      const result = await harness.command('probe tables-then-fail', alice.id);
      assert.equal(result.error, 'The probe failed after writing.');
      assert.equal(harness.kv.get('probe\u0000key'), before);
    });

    it('shows a plugin-chosen error to the player and applies nothing', async () => {
      const alice = harness.world.byName('Alice')!;
      const result = await harness.command('probe fail', alice.id);
      assert.equal(result.error, 'The probe failed on purpose.');
    });

    it('answers a usage error before calling the plugin when the pattern does not fit', async () => {
      const alice = harness.world.byName('Alice')!;
      const result = await harness.command('probe', alice.id);
      assert.equal(errorCode(result.failure), 'E_COMMAND_USAGE');
      assert.equal(result.failure?.message, 'Usage: probe <what>');
    });
  });
});

describe('per-plugin rate limits for KV writes and HTTP calls', () => {
  let harness: PluginHarness;
  before(async () => {
    // Bursts of 100 KV writes and 10 HTTP calls with no refill, so the counts are exact.
    harness = await probe(['kv:write', 'http:get:api.example.com'], { kvWritesPerSecond: 0, kvWriteBurst: 100, httpPerSecond: 0, httpBurst: 10 });
  });
  after(() => harness.close());

  it('refuses writes past the burst with E_RATE_LIMITED', async () => {
    const alice = harness.world.addCharacter('Alice');
    const result = await harness.command('probe kv-flood', alice.id);
    assert.match(result.output ?? '', /kv_set=100\/50\/0/);
    assert.equal(harness.kv.size, 100);
    assert.ok(harness.logs.some((line) => line.code === 'E_RATE_LIMITED' && /KV writes/.test(line.msg)));
  });

  it('refuses HTTP calls past the burst before any request leaves', async () => {
    const alice = harness.world.byName('Alice')!;
    harness.http.respond('https://api.example.com/data', { status: 200, body: 'ok' });
    const result = await harness.command('probe http-flood', alice.id);
    assert.match(result.output ?? '', /http_get=10\/5\/0/);
    assert.equal(harness.http.requests.length, 10);
  });
});
