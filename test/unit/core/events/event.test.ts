import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertValidStream,
  channelStream,
  characterStream,
  isValidEventType,
  isValidStream,
  locationStream,
} from '../../../../core/events/event.js';

describe('event streams', () => {
  it('names the four kinds of stream', () => {
    assert.equal(locationStream(12), 'location:12');
    assert.equal(characterStream(7), 'character:7');
    assert.equal(channelStream('Public'), 'channel:public');
    for (const stream of ['location:12', 'character:7', 'channel:public', 'system']) assert.ok(isValidStream(stream));
  });

  it('refuses anything else with E_STREAM_INVALID, without echoing huge input', () => {
    for (const stream of ['', 'location:', 'location:abc', 'room:1', 'channel:Bad Name', 'system ', 'character:1;drop']) {
      assert.equal(isValidStream(stream), false, stream);
    }
    assert.throws(() => assertValidStream('x'.repeat(100_000)), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'E_STREAM_INVALID');
      assert.ok(error.message.length < 300);
      return true;
    });
  });

  it('accepts event type names and refuses odd ones', () => {
    for (const type of ['say', 'leave', 'channel.message', 'plugin:echo']) assert.ok(isValidEventType(type), type);
    for (const type of ['', 'Say', 'a b', '9lives', 'x'.repeat(65)]) assert.equal(isValidEventType(type), false, type);
  });
});
