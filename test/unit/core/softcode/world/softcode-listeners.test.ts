// ^-listens and @aconnect/@adisconnect from events, over a world in memory.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HearthEvent } from '../../../../../core/events/event.js';
import { SoftcodeListeners } from '../../../../../core/softcode/world/softcode-listeners.js';
import { serviceFor, settle, standardWorld } from './world-source-fixture.js';

function event(type: string, room: number, actor: number, payload: Record<string, unknown>): HearthEvent {
  return { id: '01', stream: `location:${room}`, type, timestamp: new Date().toISOString(), actor: { kind: 'character', id: String(actor) }, payload };
}

describe('SoftcodeListeners', () => {
  it('a MONITOR object hears speech through a ^-pattern, with captures, the speaker as enactor', async () => {
    const world = standardWorld().set(4, 'LISTEN', '^* says, "*":@pemit %#=Box heard %1.').flag(4, 'MONITOR');
    const { service, heard } = serviceFor(world);
    new SoftcodeListeners(service).handle(event('say', 0, 2, { text: 'Bob says, "hello"' }));
    await settle(service);
    assert.deepEqual(heard, [{ to: 'Bob', text: 'Box heard hello.' }]);
    service.close();
  });

  it('does not listen without MONITOR, nor hear itself, nor what it is excluded from', async () => {
    const world = standardWorld().set(4, 'LISTEN', '^*:@emit echo %0');
    const { service, heard } = serviceFor(world);
    const listeners = new SoftcodeListeners(service);
    listeners.handle(event('say', 0, 2, { text: 'Bob says, "hi"' }));
    world.flag(4, 'MONITOR');
    listeners.handle(event('softcode.emit', 0, 2, { text: 'echo x', source: 4 }));
    listeners.handle(event('say', 0, 2, { text: 'whisper', exclude: [4] }));
    await settle(service);
    assert.deepEqual(heard, []);
    service.close();
  });

  it('two objects echoing each other keep no more than one entry each queued, and stop at @halt', async () => {
    const world = standardWorld().set(4, 'LISTEN', '^*:@emit %0').flag(4, 'MONITOR');
    world.add(7, 'thing', 'Mirror', { locationId: 0, ownerId: 1, flags: ['MONITOR'] }).set(7, 'LISTEN', '^*:@emit %0');
    const { service } = serviceFor(world);
    const listeners = new SoftcodeListeners(service);
    // The service's room output does not reach the bus in this test: feed it back by hand.
    let rounds = 0;
    service.deps.tellRoom = (room, text, exclude, source) => {
      rounds += 1;
      if (rounds < 500) listeners.handle(event('softcode.emit', room, 1, { text, exclude, source }));
    };
    listeners.handle(event('say', 0, 2, { text: 'ping' }));
    for (let i = 0; i < 20; i += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      assert.ok(service.queue.size <= 2, `${service.queue.size} queued`);
    }
    assert.ok(rounds > 5, `echoed ${rounds} times`);
    service.runner.runTyped(1, '@halt', new Set(['@halt']));
    const stopped = rounds;
    await settle(service);
    assert.equal(rounds, stopped);
    service.close();
  });

  it('runs ACONNECT on the player, its room and master-room objects; ADISCONNECT likewise', async () => {
    const world = standardWorld()
      .set(1, 'ACONNECT', '@pemit me=Welcome back, %n.')
      .set(0, 'ACONNECT', '@emit %n arrives in a swirl.')
      .add(8, 'thing', 'Global', { locationId: 9, ownerId: 3 })
      .set(8, 'ADISCONNECT', '@pemit *wiz=%n left.');
    const { service, heard } = serviceFor(world, { masterRoomId: 9 });
    const listeners = new SoftcodeListeners(service);
    listeners.handle(event('connect', 0, 1, { text: 'Alice has connected.' }));
    await settle(service);
    listeners.handle(event('disconnect', 0, 1, { text: 'Alice has disconnected.' }));
    await settle(service);
    assert.deepEqual(heard.filter((h) => h.to === 'Alice').map((h) => h.text), ['Welcome back, Alice.', 'Alice arrives in a swirl.']);
    assert.deepEqual(heard.filter((h) => h.to === 'Wiz').map((h) => h.text), ['Alice arrives in a swirl.', 'Alice left.']);
    service.close();
  });
});
