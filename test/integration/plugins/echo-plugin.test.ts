import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PluginHarness } from '../../harness/plugin-harness.js';

describe('the echo plugin, in the harness', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await PluginHarness.load('plugins/echo/manifest.yaml');
  });
  after(() => harness.close());

  it('echoes what a character says, with non-ASCII text intact', async () => {
    const alice = harness.world.addCharacter('Alice');
    const result = await harness.deliver({
      stream: 'location:1',
      type: 'say',
      actor: { kind: 'character', id: String(alice.id) },
      payload: { message: 'caf\u00e9 \u2713 \u{1F525}' },
    });
    assert.equal(result.handled, false, 'echo only listens; the chain goes on');
    assert.equal(result.events.length, 1);
    const [echo] = result.events;
    assert.equal(echo?.type, 'echo');
    assert.equal(echo?.stream, 'location:1');
    assert.deepEqual(echo?.actor, { kind: 'plugin', id: 'echo' });
    assert.equal(echo?.payload['text'], 'You hear an echo: "caf\u00e9 \u2713 \u{1F525}"');
    assert.equal(echo?.hops, 1);
  });

  it('ignores events made by plugins, so echoes never answer echoes', async () => {
    const result = await harness.deliver({ stream: 'location:1', type: 'say', actor: { kind: 'plugin', id: 'other' }, payload: { message: 'loop?' } });
    assert.deepEqual(result.events, []);
  });

  it('cuts a runaway chain: an event already at the hop limit causes no further events', async () => {
    harness.logs.length = 0;
    const atLimit = await harness.deliver({ stream: 'location:1', type: 'say', actor: { kind: 'character', id: '2' }, payload: { message: 'again' }, hops: 8 });
    assert.deepEqual(atLimit.events, [], 'the echo of a hop-8 event would be hop 9: dropped');
    assert.ok(harness.logs.some((line) => line.plugin === 'echo' && /hop limit/.test(line.msg)));
    const below = await harness.deliver({ stream: 'location:1', type: 'say', actor: { kind: 'character', id: '2' }, payload: { message: 'again' }, hops: 7 });
    assert.equal(below.events[0]?.hops, 8);
  });

  it('records a plugin.call span with the plugin, function and event', async () => {
    harness.spans.reset();
    await harness.deliver({ stream: 'location:7', type: 'say', actor: { kind: 'character', id: '2' }, payload: { message: 'span me' } });
    const [span] = harness.spans.getFinishedSpans().filter((item) => item.name === 'plugin.call');
    assert.deepEqual(span?.attributes, {
      'plugin.name': 'echo',
      'plugin.function': 'on_say',
      'event.type': 'say',
      'event.stream': 'location:7',
    });
  });
});
