// The entry point (core/softcode/evaluate-softcode.ts): its options, the frame u() builds, what
// the context is asked, and that even a broken function cannot make it throw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStandardFunctions, defineFunction, evaluateSoftcode, FunctionRegistry } from '../../../../core/softcode/index.js';
import { FixtureWorld, run, standardWorld, think } from './softcode-world-fixture.js';

describe('evaluateSoftcode', () => {
  it('defaults the enactor to the executor and the caller to the enactor', () => {
    const world = standardWorld();
    assert.equal(evaluateSoftcode('%!:%#:%@', world, { executor: 7 }).output, '#7:#7:#7');
    assert.equal(evaluateSoftcode('%!:%#:%@', world, { executor: 7, enactor: 5, caller: 1 }).output, '#7:#5:#1');
  });

  it('passes arguments, registers and the command through', () => {
    assert.equal(think('%0/%1/%2/%+', { args: ['a', 'b'] }), 'a/b//2');
    assert.equal(think('%q0%q<name>', { registers: { '0': 'x', name: 'y' } }), 'xy');
    assert.equal(think('%c', { command: '+finger alice' }), '+finger alice');
  });

  it("uses the enactor's pronouns, and it/its without them", () => {
    assert.equal(think('%s/%o/%p/%a', { enactor: 6 }), 'they/them/their/theirs');
    assert.equal(think('%S/%O/%P/%A', { enactor: 1 }), 'It/It/Its/Its');
    assert.equal(think('%n|%l', { enactor: 42 }), '|#-1', 'a missing enactor has no name and no location');
  });

  it('runs u() with the attribute owner as executor and the old executor as caller', () => {
    const world = standardWorld().add(9, 'other', { attributes: { WHO: '%!:%#:%@:%0' } });
    assert.equal(think('u(#9/who,x)', {}, world), '#9:#5:#7:x');
    assert.equal(think('[u(#9/who,x)]%!', {}, world), '#9:#5:#7:x#7', 'the frame is restored afterwards');
  });

  it('asks the context with the executor as viewer', () => {
    const asked: string[] = [];
    const world = new (class extends FixtureWorld {
      override readAttribute(viewer: number, object: number, attribute: string) {
        asked.push(`${viewer}:${object}:${attribute}`);
        return super.readAttribute(viewer, object, attribute);
      }
    })().add(7, 'test', { attributes: { A: 'x' } });
    assert.equal(think('get(#7/a)[v(b)]', {}, world), 'x');
    assert.deepEqual(asked, ['7:7:a', '7:7:b']);
  });

  it('takes functions added to a registry of its own', () => {
    const functions = createStandardFunctions();
    functions.add(defineFunction('double', 1, 1, ({ args }) => args[0]!.repeat(2)));
    assert.equal(run('[double(ab)][add(1,1)]', { functions }).output, 'abab2');
    assert.equal(run('[double(ab)]').output, '#-1 FUNCTION (DOUBLE) NOT FOUND', 'the shared registry is untouched');
  });

  it('answers #-1 INTERNAL ERROR, never throws, when a function breaks', () => {
    const functions = new FunctionRegistry([
      defineFunction('boom', 0, 0, () => {
        throw new Error('broken function');
      }),
    ]);
    const result = run('a[boom()]b', { functions });
    assert.equal(result.output, '#-1 INTERNAL ERROR');
    assert.equal(result.limitReached, 'internal');
  });

  it('answers the call limit when the JavaScript stack runs out', () => {
    const functions = new FunctionRegistry([
      defineFunction('deep', 0, 0, () => {
        const recurse = (n: number): number => recurse(n + 1) + 1;
        return String(recurse(0));
      }),
    ]);
    const result = run('[deep()]', { functions });
    assert.equal(result.output, '#-1 CALL LIMIT EXCEEDED');
    assert.equal(result.limitReached, 'nesting');
  });
});
