import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CapabilitySet, isValidStreamPattern, parseCapability, streamMatches } from '../../../../core/plugins/capabilities.js';

describe('capabilities', () => {
  it('parses the grammar and explains what it does not know', () => {
    assert.deepEqual(parseCapability('kv:read'), { kind: 'fixed', name: 'kv:read' });
    assert.deepEqual(parseCapability('emit:channel:*'), { kind: 'emit', pattern: 'channel:*' });
    assert.deepEqual(parseCapability('listen:channel:*'), { kind: 'listen', pattern: 'channel:*' });
    assert.deepEqual(parseCapability('history:channel:public'), { kind: 'history', pattern: 'channel:public' });
    assert.deepEqual(parseCapability('read:commands'), { kind: 'fixed', name: 'read:commands' });
    assert.deepEqual(parseCapability('http:get:*.Example.com'), { kind: 'http', method: 'get', domain: '*.example.com' });
    for (const bad of ['kv:readwrite', 'emit:room:*', 'emit:', 'listen:', 'listen:room:*', 'history:', 'http:put:example.com', 'http:get:not a domain', 'http:get:', 'EMIT:system']) {
      assert.equal(typeof parseCapability(bad), 'string', bad);
    }
  });

  it('matches stream patterns', () => {
    assert.ok(streamMatches('*', 'channel:ooc'));
    assert.ok(streamMatches('location:*', 'location:12'));
    assert.equal(streamMatches('location:*', 'character:12'), false);
    assert.ok(streamMatches('channel:ooc', 'channel:ooc'));
    assert.equal(streamMatches('channel:ooc', 'channel:ooc2'), false);
    assert.equal(isValidStreamPattern('location:1*'), false);
  });

  it('answers what a plugin may do, and nothing more', () => {
    const set = new CapabilitySet(['emit:location:*', 'emit:channel:public', 'read:objects', 'http:get:*.example.com', 'http:post:api.other.org']);
    assert.ok(set.canEmit('location:4'));
    assert.ok(set.canEmit('channel:public'));
    assert.equal(set.canEmit('channel:staff'), false);
    assert.equal(set.canEmit('system'), false);
    assert.ok(set.has('read:objects'));
    assert.equal(set.has('write:objects'), false);
    assert.ok(set.canRequest('get', 'api.example.com'));
    assert.ok(set.canRequest('get', 'API.EXAMPLE.COM'));
    assert.equal(set.canRequest('get', 'example.com'), false, '*.example.com does not cover the bare domain');
    assert.equal(set.canRequest('get', 'evil-example.com'), false);
    assert.equal(set.canRequest('get', 'example.com.evil.net'), false);
    assert.equal(set.canRequest('post', 'api.example.com'), false);
    assert.ok(set.canRequest('post', 'api.other.org'));
  });

  it('lets a plugin receive events only on the streams its events: capabilities name, and private ones only with events:private', () => {
    const publicOnly = new CapabilitySet(['events:*']);
    assert.ok(publicOnly.canReceive('location:4', 'say'));
    assert.ok(publicOnly.canReceive('channel:public', 'channel.message'));
    assert.equal(publicOnly.canReceive('character:7', 'whisper'), false, "a character's own stream is private");
    assert.equal(publicOnly.canReceive('location:4', 'whisper'), false, 'a whisper is private on any stream');
    assert.equal(publicOnly.canReceive('location:4', 'page'), false);
    const rooms = new CapabilitySet(['events:location:*']);
    assert.equal(rooms.canReceive('channel:staff', 'channel.message'), false);
    assert.ok(new CapabilitySet(['events:*', 'events:private']).canReceive('character:7', 'whisper'));
    assert.equal(new CapabilitySet(['events:private']).canReceive('character:7', 'whisper'), false, 'events:private adds to streams, it names none');
    assert.equal(new CapabilitySet([]).canReceive('location:1', 'say'), false);
  });

  it('checks that capability patterns cover subscription patterns', () => {
    const set = new CapabilitySet(['events:location:*', 'events:channel:ooc']);
    assert.ok(set.coversSubscription('location:*'));
    assert.ok(set.coversSubscription('location:12'));
    assert.ok(set.coversSubscription('channel:ooc'));
    assert.equal(set.coversSubscription('channel:*'), false);
    assert.equal(set.coversSubscription('*'), false);
    assert.ok(new CapabilitySet(['events:*']).coversSubscription('*'));
  });

  it('keeps emitting, listening and reading history apart', () => {
    const set = new CapabilitySet(['emit:channel:*', 'listen:channel:public', 'history:channel:*']);
    assert.ok(set.allows('emit', 'channel:staff'));
    assert.ok(set.allows('listen', 'channel:public'));
    assert.equal(set.allows('listen', 'channel:staff'), false);
    assert.equal(set.allows('history', 'character:3'), false);
    assert.ok(set.allows('history', 'channel:staff'));
    assert.equal(new CapabilitySet(['listen:*']).canEmit('system'), false, 'listening grants no emitting');
  });
});
