import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type LoadCandidate, resolveLoadOrder } from '../../../../core/plugins/load-order.js';

function plugin(name: string, fields: Partial<LoadCandidate> = {}): LoadCandidate {
  return { name, version: '1.0.0', priority: 100, depends: [], conflicts: [], before: [], after: [], ...fields };
}

function codes(result: ReturnType<typeof resolveLoadOrder>): Record<string, string> {
  return Object.fromEntries(result.rejected.map(({ name, error }) => [name, error.code]));
}

describe('resolveLoadOrder', () => {
  it('loads dependencies first, then breaks ties by priority, then name', () => {
    const result = resolveLoadOrder([
      plugin('zeta', { priority: 10 }),
      plugin('alpha'),
      plugin('beta'),
      plugin('chat', { priority: 1, depends: [{ name: 'beta', range: '>=1.0.0' }] }),
    ]);
    assert.deepEqual(result.order, ['zeta', 'alpha', 'beta', 'chat']);
    assert.deepEqual(result.rejected, []);
  });

  it('honours before and after, ignoring ones that name absent plugins', () => {
    const result = resolveLoadOrder([plugin('a', { after: ['b'] }), plugin('b', { after: ['c'] }), plugin('c', { before: ['ghost'] })]);
    assert.deepEqual(result.order, ['c', 'b', 'a']);
  });

  it('leaves out plugins with missing or mismatched dependencies, and those depending on them', () => {
    const result = resolveLoadOrder([
      plugin('needs-ghost', { depends: [{ name: 'ghost', range: '*' }] }),
      plugin('old', { version: '0.9.0' }),
      plugin('needs-new', { depends: [{ name: 'old', range: '>=1.0.0' }] }),
      plugin('needs-needs-new', { depends: [{ name: 'needs-new', range: '*' }] }),
      plugin('fine'),
    ]);
    assert.deepEqual(result.order, ['fine', 'old']);
    assert.deepEqual(codes(result), {
      'needs-ghost': 'E_DEPENDENCY_MISSING',
      'needs-new': 'E_DEPENDENCY_VERSION',
      'needs-needs-new': 'E_DEPENDENCY_MISSING',
    });
    assert.match(result.rejected.find((entry) => entry.name === 'needs-new')!.error.message, /needs "old" >=1\.0\.0, but version 0\.9\.0/);
  });

  it('leaves out a plugin that declares a conflict with one present', () => {
    const result = resolveLoadOrder([plugin('mail', { conflicts: ['post'] }), plugin('post')]);
    assert.deepEqual(result.order, ['post']);
    assert.deepEqual(codes(result), { mail: 'E_PLUGIN_CONFLICT' });
  });

  it('names every plugin on a cycle, and still loads the rest', () => {
    const result = resolveLoadOrder([
      plugin('a', { after: ['c'] }),
      plugin('b', { after: ['a'] }),
      plugin('c', { depends: [{ name: 'b', range: '*' }] }),
      plugin('d', { after: ['a'] }),
      plugin('free'),
    ]);
    assert.deepEqual(result.order, ['free']);
    const cycle = result.rejected.find((entry) => entry.name === 'a')!.error;
    assert.equal(cycle.code, 'E_LOAD_ORDER_CYCLE');
    assert.match(cycle.message, /Plugins a, b, c form a load-order cycle/);
    assert.equal(codes(result)['d'], 'E_DEPENDENCY_MISSING');
  });

  it('treats a plugin ordered before itself through one other as a cycle of two', () => {
    const result = resolveLoadOrder([plugin('x', { before: ['y'] }), plugin('y', { before: ['x'] })]);
    assert.deepEqual(codes(result), { x: 'E_LOAD_ORDER_CYCLE', y: 'E_LOAD_ORDER_CYCLE' });
  });
});
