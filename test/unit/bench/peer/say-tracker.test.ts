import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SayTracker, echoedMessage } from '../../../../bench/peer/say-tracker.js';

describe('echoedMessage', () => {
  it('is the text of the speaker\'s own echo, and null for anything else', () => {
    assert.equal(echoedMessage('You say, "chatter 1x2"'), 'chatter 1x2');
    assert.equal(echoedMessage('You say, "a "quoted" word"'), 'a "quoted" word');
    assert.equal(echoedMessage('Bob says, "chatter 1x2"'), null);
    assert.equal(echoedMessage('You say, "'), null);
    assert.equal(echoedMessage('You say, "unfinished'), null);
  });
});

describe('SayTracker', () => {
  it('answers a waiting say once, with the time since it was sent', () => {
    const tracker = new SayTracker();
    tracker.sent('chatter a', 100);
    tracker.sent('chatter b', 150);
    assert.equal(tracker.answer('You say, "chatter b"', 175), 25);
    assert.equal(tracker.answer('You say, "chatter b"', 180), null);
    assert.equal(tracker.answer('Ann says, "chatter a"', 180), null);
    assert.equal(tracker.pending, 1);
  });

  it('lets a refusal end the oldest waiting say, and says when none waits', () => {
    const tracker = new SayTracker();
    tracker.sent('first', 1);
    tracker.sent('second', 2);
    assert.equal(tracker.refuseOldest(), true);
    assert.equal(tracker.answer('You say, "first"', 3), null);
    assert.equal(tracker.answer('You say, "second"', 3), 1);
    assert.equal(tracker.refuseOldest(), false);
  });

  it('expires the says sent before the cutoff and keeps the rest', () => {
    const tracker = new SayTracker();
    for (const [message, at] of [['a', 10], ['b', 20], ['c', 30]] as const) tracker.sent(message, at);
    assert.equal(tracker.expire(25), 2);
    assert.equal(tracker.pending, 1);
    assert.equal(tracker.answer('You say, "c"', 40), 10);
    assert.equal(tracker.expire(1000), 0);
  });

  it('forgets everything on clear', () => {
    const tracker = new SayTracker();
    tracker.sent('a', 1);
    tracker.clear();
    assert.equal(tracker.pending, 0);
    assert.equal(tracker.answer('You say, "a"', 2), null);
  });
});
