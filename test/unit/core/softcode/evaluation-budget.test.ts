// Runaway softcode stops at its budget with PennMUSH's error string, and the counters say where it
// stopped: no wall-clock assertions, only that the work done stayed within the limit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SOFTCODE_LIMITS, resolveSoftcodeLimits, SOFTCODE_ERRORS } from '../../../../core/softcode/index.js';
import { run, standardWorld } from './softcode-world-fixture.js';

const limits = DEFAULT_SOFTCODE_LIMITS;

describe('softcode budgets', () => {
  it('repeat(x,1000000000) builds no more than the output can hold', () => {
    const result = run('[repeat(x,1000000000)]');
    assert.equal(result.output, 'x'.repeat(limits.maxOutputLength));
    assert.equal(result.truncated, true);
    // Charged for the characters it made, not for the billion it was asked for.
    assert.ok(result.steps < 2_000, `steps ${result.steps}`);
  });

  it('nested iter over lnum(1000000) stops at the output limit', () => {
    const result = run('[iter(lnum(1000000),iter(lnum(1000000),x))]');
    assert.equal(result.output.length, limits.maxOutputLength);
    assert.equal(result.truncated, true);
    assert.ok(result.steps <= limits.maxSteps);
  });

  it('loops that produce nothing run out of steps', () => {
    const result = run('[iter(lnum(2000),null(iter(lnum(2000),x)))]');
    assert.equal(result.output, SOFTCODE_ERRORS.cpuLimit);
    assert.equal(result.limitReached, 'steps');
    assert.ok(result.steps > limits.maxSteps && result.steps < limits.maxSteps + 100, `steps ${result.steps}`);
  });

  it('too many function calls answer the invocation limit', () => {
    const result = run('[iter(lnum(2000),null(iter(lnum(2000),add(1,2))))]');
    assert.equal(result.output, '#-1 FUNCTION INVOCATION LIMIT EXCEEDED');
    assert.equal(result.limitReached, 'invocations');
    assert.equal(result.invocations, limits.maxInvocations + 1);
  });

  it('an attribute calling itself answers the recursion limit', () => {
    const result = run('[u(test/loop)]');
    assert.equal(result.output, '#-1 FUNCTION RECURSION LIMIT EXCEEDED');
    assert.equal(result.limitReached, 'recursion');
    assert.ok(result.invocations <= limits.maxFunctionDepth + 1);
  });

  it('two attributes calling each other answer the recursion limit', () => {
    const world = standardWorld().set(7, 'ping', '[u(pong)]').set(7, 'pong', '[u(ping)]');
    assert.equal(run('u(ping)', {}, world).output, '#-1 FUNCTION RECURSION LIMIT EXCEEDED');
  });

  it('deeply nested function calls answer the recursion limit', () => {
    const depth = limits.maxFunctionDepth + 5;
    const text = `${'abs('.repeat(depth)}1${')'.repeat(depth)}`;
    assert.equal(run(text).output, '#-1 FUNCTION RECURSION LIMIT EXCEEDED');
    const shallow = `${'abs('.repeat(10)}-1${')'.repeat(10)}`;
    assert.equal(run(shallow).output, '1');
  });

  it('deeply nested brackets answer the call limit', () => {
    const depth = limits.maxNesting + 5;
    const result = run(`${'['.repeat(depth)}x${']'.repeat(depth)}`);
    assert.equal(result.output, '#-1 CALL LIMIT EXCEEDED');
    assert.equal(result.limitReached, 'nesting');
    assert.equal(run(`${'['.repeat(20)}x${']'.repeat(20)}`).output, 'x');
  });

  it('a smaller budget given by the caller is the one enforced', () => {
    const result = run('iter(lnum(100),add(##,1))', { limits: { maxInvocations: 10 } });
    assert.equal(result.output, SOFTCODE_ERRORS.invocationLimit);
    assert.equal(result.invocations, 11);
    const stepped = run('iter(lnum(100),x)', { limits: { maxSteps: 50 } });
    assert.equal(stepped.output, SOFTCODE_ERRORS.cpuLimit);
    assert.ok(stepped.steps <= 51 + 10);
  });

  it('the output limit cuts long results, and input longer than it', () => {
    const result = run('repeat(abc,100)', { limits: { maxOutputLength: 20 } });
    assert.equal(result.output, 'abcabcabcabcabcabcab');
    assert.equal(result.truncated, true);
    assert.equal(run('abcdefghijklmnopqrstuvwxyz', { limits: { maxOutputLength: 5 } }).output, 'abcde');
  });

  it('ignores nonsense limits and keeps the defaults', () => {
    const resolved = resolveSoftcodeLimits({ maxSteps: -1, maxInvocations: Number.NaN, maxNesting: Infinity });
    assert.deepEqual(resolved, DEFAULT_SOFTCODE_LIMITS);
  });

  it('an ordinary evaluation reports what it spent', () => {
    const result = run('add(1,2)');
    assert.equal(result.output, '3');
    assert.equal(result.invocations, 1);
    assert.ok(result.steps > 0);
    assert.equal(result.limitReached, undefined);
    assert.equal(result.truncated, false);
  });

  it('the registers an evaluation leaves are reported', () => {
    assert.deepEqual(run('setq(a,1,name,2)').registers, { A: '1', NAME: '2' });
    assert.deepEqual(run('%q0', { registers: { '0': 'preset' } }).output, 'preset');
  });
});
