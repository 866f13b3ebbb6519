import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PluginHealth } from '../../../../core/plugins/plugin-health.js';

const policy = { crashThreshold: 3, crashWindowMs: 60_000, baseBackoffMs: 1000, maxBackoffMs: 4000 };

describe('PluginHealth', () => {
  it('goes to error after repeated crashes in the window, with a doubling backoff up to a ceiling', () => {
    let now = 0;
    const health = new PluginHealth(policy, () => now);
    health.markReady();
    assert.equal(health.recordCrash('one'), false);
    assert.equal(health.recordCrash('two'), false);
    assert.equal(health.canCall(), true);
    assert.equal(health.recordCrash('three'), true);
    assert.equal(health.status, 'error');
    assert.equal(health.nextRetryAt?.getTime(), 1000);
    assert.equal(health.canCall(), false);
    now = 1000;
    assert.equal(health.canCall(), true, 'retried once the backoff passes');
    health.recordCrash('four');
    assert.equal(health.nextRetryAt?.getTime(), 3000, 'a failed retry backs off twice as long');
    now = 3000;
    health.recordCrash('five');
    now = 7000;
    health.recordCrash('six');
    assert.equal(health.nextRetryAt?.getTime(), 11_000, 'capped at the ceiling');
    assert.equal(health.crashCount, 6);
    assert.equal(health.lastError, 'six');
  });

  it('forgets crashes outside the window and recovers on success', () => {
    let now = 0;
    const health = new PluginHealth(policy, () => now);
    health.markReady();
    health.recordCrash('a');
    health.recordCrash('b');
    now = 61_000;
    assert.equal(health.recordCrash('c'), false);
    assert.equal(health.status, 'ready');
    health.recordCrash('d');
    health.recordCrash('e');
    assert.equal(health.status, 'error');
    now += 10_000;
    health.recordSuccess();
    assert.equal(health.status, 'ready');
    assert.equal(health.nextRetryAt, null);
  });

  it('never calls a disabled plugin', () => {
    const health = new PluginHealth(policy);
    health.disable();
    assert.equal(health.canCall(), false);
  });
});
