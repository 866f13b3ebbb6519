// Splitting action lists and command lines as PennMUSH does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCommandLine, splitActionList } from '../../../../../core/softcode/queue/action-list.js';
import { splitDollarCommand } from '../../../../../core/softcode/queue/dollar-commands.js';

describe('splitActionList', () => {
  it('splits at top-level semicolons only, and unwraps braces', () => {
    assert.deepEqual(splitActionList('think a;think [add(1,2)];{@emit x;y}; ;'), ['think a', 'think [add(1,2)]', '@emit x;y']);
    assert.deepEqual(splitActionList('{think a;think b}'), ['think a', 'think b']);
    assert.deepEqual(splitActionList('think a\\;b;think %;'), ['think a\\;b', 'think %;']);
  });

  it('survives unbalanced and deeply nested input', () => {
    assert.deepEqual(splitActionList('think [[[;x'), ['think [[[', 'x']);
    assert.equal(splitActionList(`think ${'{'.repeat(10_000)}`).length, 1);
  });
});

describe('parseCommandLine', () => {
  it('reads the command, its switches and the two sides of the first top-level =', () => {
    assert.deepEqual(parseCommandLine('@Dolist/Delimit , a,b=think [eq(1,1)]=x'), {
      name: '@dolist',
      switches: ['delimit'],
      rest: ', a,b=think [eq(1,1)]=x',
      left: ', a,b',
      right: 'think [eq(1,1)]=x',
    });
    assert.equal(parseCommandLine('@trigger [strcat(me,=)]/x').right, undefined);
  });
});

describe('splitDollarCommand', () => {
  it('splits at the first unescaped colon', () => {
    assert.deepEqual(splitDollarCommand('$roll *:think %0'), { pattern: 'roll *', actions: 'think %0' });
    assert.deepEqual(splitDollarCommand('$time\\: *:think x'), { pattern: 'time\\: *', actions: 'think x' });
    assert.equal(splitDollarCommand('$no colon'), undefined);
  });
});
