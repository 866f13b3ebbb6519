import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HearthEvent } from '../../../../core/events/event.js';
import { EventDispatcher, subscriptionsOf } from '../../../../core/plugins/event-dispatch.js';
import { parseManifest } from '../../../../core/plugins/manifest.js';
import { silentLogger } from '../../../../core/telemetry/logger.js';

function manifest(name: string, priority: number, events: string, capabilities = '["events:*"]'): ReturnType<typeof parseManifest> {
  return parseManifest(`name: ${name}\nversion: 1.0.0\ninterface: 2\ndescription: d\npriority: ${priority}\nwasm: x.wasm\ncapabilities: ${capabilities}\nevents: ${events}`, `${name}.yaml`);
}

const say: HearthEvent = { id: '01', stream: 'location:1', type: 'say', timestamp: '', actor: { kind: 'character', id: '1' }, payload: {} };

describe('EventDispatcher', () => {
  it('delivers in precedence order, to matching types and streams only', async () => {
    const calls: string[] = [];
    const dispatcher = new EventDispatcher({ deliverEvent: async (plugin) => (calls.push(plugin), {}) }, silentLogger());
    dispatcher.setSubscriptions(
      subscriptionsOf([
        manifest('late', 200, '[{ types: [say], handler: h }]'),
        manifest('early', 10, '[{ types: [say, pose], streams: ["location:*"], handler: h }]'),
        manifest('channels', 50, '[{ types: [say], streams: ["channel:*"], handler: h }]'),
        manifest('poses', 20, '[{ types: [pose], handler: h }]'),
        manifest('middle', 100, '[{ types: [say], handler: h }]'),
      ]),
    );
    assert.deepEqual(await dispatcher.dispatch(say), ['early', 'middle', 'late']);
    assert.deepEqual(calls, ['early', 'middle', 'late']);
  });

  it('stops the chain when a handler says handled', async () => {
    const dispatcher = new EventDispatcher({ deliverEvent: async (plugin) => ({ handled: plugin === 'first' }) }, silentLogger());
    dispatcher.setSubscriptions(subscriptionsOf([manifest('first', 1, '[{ types: [say], handler: h }]'), manifest('second', 2, '[{ types: [say], handler: h }]')]));
    assert.deepEqual(await dispatcher.dispatch(say), ['first']);
  });

  it('lets an exclusive subscription block lower-precedence handlers of that type', async () => {
    const dispatcher = new EventDispatcher({ deliverEvent: async () => ({ handled: false }) }, silentLogger());
    dispatcher.setSubscriptions(
      subscriptionsOf([
        manifest('owner', 5, '[{ types: [say], handler: h, exclusive: true }]'),
        manifest('other', 50, '[{ types: [say], handler: h }]'),
      ]),
    );
    assert.deepEqual(await dispatcher.dispatch(say), ['owner']);
  });

  it('goes on past a failing handler', async () => {
    const dispatcher = new EventDispatcher(
      {
        deliverEvent: async (plugin) => {
          if (plugin === 'broken') throw new Error('boom');
          return {};
        },
      },
      silentLogger(),
    );
    dispatcher.setSubscriptions(subscriptionsOf([manifest('broken', 1, '[{ types: [say], handler: h }]'), manifest('fine', 2, '[{ types: [say], handler: h }]')]));
    assert.deepEqual(await dispatcher.dispatch(say), ['broken', 'fine']);
  });

  it('keeps private events from plugins without events:private, whatever their subscription says', async () => {
    const reached: string[] = [];
    const dispatcher = new EventDispatcher({ deliverEvent: async (plugin) => (reached.push(plugin), {}) }, silentLogger());
    dispatcher.setSubscriptions(
      subscriptionsOf([
        manifest('nosy', 1, '[{ types: [whisper, page, say], handler: h }]'),
        manifest('trusted', 2, '[{ types: [whisper, page, say], handler: h }]', '["events:*", "events:private"]'),
      ]),
    );
    const whisper: HearthEvent = { ...say, stream: 'character:9', type: 'whisper' };
    assert.deepEqual(await dispatcher.dispatch(whisper), ['trusted']);
    assert.deepEqual(await dispatcher.dispatch({ ...say, type: 'page' }), ['trusted'], 'a page is private on any stream');
    assert.deepEqual(await dispatcher.dispatch(say), ['nosy', 'trusted']);
    assert.deepEqual(reached, ['trusted', 'trusted', 'nosy', 'trusted']);
  });
});
