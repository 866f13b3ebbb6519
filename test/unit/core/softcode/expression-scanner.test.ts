// Finding where groups close and where arguments split (core/softcode/expression-scanner.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EvaluationBudget } from '../../../../core/softcode/evaluation-budget.js';
import { findClosing, splitArguments } from '../../../../core/softcode/expression-scanner.js';
import { DEFAULT_SOFTCODE_LIMITS } from '../../../../core/softcode/softcode-limits.js';

const budget = (): EvaluationBudget => new EvaluationBudget(DEFAULT_SOFTCODE_LIMITS);

describe('softcode expression scanner', () => {
  it('finds the matching closer through nesting and escapes', () => {
    assert.equal(findClosing('[a[b]c]', 0, budget()), 6);
    assert.equal(findClosing('(a\\)b)', 0, budget()), 5);
    assert.equal(findClosing('(a%)b)', 0, budget()), 5);
    assert.equal(findClosing('{a(b}', 0, budget()), 4, 'inside braces only braces nest');
    assert.equal(findClosing('(a]b)', 0, budget()), 4, 'a stray closer is text');
    assert.equal(findClosing('[abc', 0, budget()), -1);
    assert.equal(findClosing('abc', 0, budget()), -1);
  });

  it('splits arguments at top-level commas only', () => {
    assert.deepEqual(splitArguments('a,b(c,d),[e,f],{g,h},i\\,j,k%,l', budget()), ['a', 'b(c,d)', '[e,f]', '{g,h}', 'i\\,j', 'k%,l']);
    assert.deepEqual(splitArguments('', budget()), ['']);
    assert.deepEqual(splitArguments(',', budget()), ['', '']);
    assert.deepEqual(splitArguments('a,(b', budget()), ['a', '(b']);
  });

  it('charges what it reads to the budget', () => {
    const spent = budget();
    findClosing(`[${'x'.repeat(1600)}`, 0, spent);
    assert.ok(spent.steps >= 100);
  });
});
