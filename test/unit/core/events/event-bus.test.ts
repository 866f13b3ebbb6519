import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventBus } from '../../../../core/events/event-bus.js';
import type { HearthEvent } from '../../../../core/events/event.js';

function event(stream: string, id: string): HearthEvent {
  return { id, stream, type: 'say', timestamp: new Date().toISOString(), actor: { kind: 'system', id: 'test' }, payload: {} };
}

describe('EventBus', () => {
  it('delivers to the subscribers of a stream only, and to everything-listeners', () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.subscribe('location:1', (e) => seen.push(`a:${e.id}`));
    bus.subscribe('location:2', (e) => seen.push(`b:${e.id}`));
    bus.subscribeAll((e) => seen.push(`all:${e.id}`));
    bus.publish(event('location:1', '1'));
    assert.deepEqual(seen, ['a:1', 'all:1']);
  });

  it('stops delivering after unsubscribe and forgets empty streams', () => {
    const bus = new EventBus();
    const seen: string[] = [];
    const stop = bus.subscribe('system', (e) => seen.push(e.id));
    bus.publish(event('system', '1'));
    stop();
    bus.publish(event('system', '2'));
    assert.deepEqual(seen, ['1']);
    assert.equal(bus.listenerCount('system'), 0);
  });

  it('keeps delivering to others when one listener throws or unsubscribes mid-delivery', () => {
    const errors: unknown[] = [];
    const bus = new EventBus({ onListenerError: (error) => errors.push(error) });
    const seen: string[] = [];
    const stopSelf = bus.subscribe('system', () => stopSelf());
    bus.subscribe('system', () => {
      throw new Error('broken listener');
    });
    bus.subscribe('system', (e) => seen.push(e.id));
    bus.publish(event('system', '1'));
    bus.publish(event('system', '2'));
    assert.deepEqual(seen, ['1', '2']);
    assert.equal(errors.length, 2);
  });
});
