// Writing keys back: the canonical text examine shows, and reading it again gives the same tree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LockKey, ResolvedLockKey } from '../../../../../core/world/locks/lock-key.js';
import { parseLockKey } from '../../../../../core/world/locks/parse-lock-key.js';
import { unparseLockKey } from '../../../../../core/world/locks/unparse-lock-key.js';

const CANONICAL: [string, string][] = [
  ['#12', '#12'],
  ['#007', '#7'],
  ['  =#12 ', '=#12'],
  ['+ #5', '+#5'],
  ['$#3', '$#3'],
  ['#true', '#TRUE'],
  ['#False', '#FALSE'],
  ['=ME', '=me'],
  ['here', 'here'],
  ['  Bathroom Key ', 'Bathroom Key'],
  ['+Secret Door Key', '+Secret Door Key'],
  ['@First Puppet/use', '@First Puppet/Use'],
  ['@#9', '@#9'],
  ['@#9/user:Wield', '@#9/user:wield'],
  ['sex : m*', 'SEX:m*'],
  ['icname:<g', 'ICNAME:<g'],
  ['whichday/Thu', 'WHICHDAY/Thu'],
  ['flag^wizard', 'FLAG^WIZARD'],
  ['power^Guest', 'POWER^GUEST'],
  ['type^player', 'TYPE^PLAYER'],
  ['type^character', 'TYPE^PLAYER'],
  ['type^room', 'TYPE^ROOM'],
  ['name^Bob*', 'NAME^Bob*'],
  ['channel^Public', 'CHANNEL^Public'],
  ['dbreflist^allow', 'DBREFLIST^ALLOW'],
  ['objid^#4', '=#4'],
  ['ip^127.*', 'IP^127.*'],
  ['hostname^*.org', 'HOSTNAME^*.org'],
  ['#12 & +#5', '#12&+#5'],
  ['#1 | #2 & #3', '#1|#2&#3'],
  ['(#1 | #2) & #3', '(#1|#2)&#3'],
  ['(#1 & #2) | #3', '#1&#2|#3'],
  ['#1 & (#2 & #3)', '#1&(#2&#3)'],
  ['(#1 & #2) & #3', '(#1&#2)&#3'],
  ['#1 | (#2 | #3)', '#1|(#2|#3)'],
  ['((#1))', '#1'],
  ['! #1', '!#1'],
  ['!(#1)', '!#1'],
  ['!!#1', '!!#1'],
  ['!(#1 & #2)', '!(#1&#2)'],
  ['!(#1 | #2) & #3', '!(#1|#2)&#3'],
  ['!type^player | (type^player & !flag^unregistered)', '!TYPE^PLAYER|TYPE^PLAYER&!FLAG^UNREGISTERED'],
  ['=Café', '=Café'],
];

describe('unparseLockKey', () => {
  it('writes the canonical text, and the text reads back as the same tree', () => {
    for (const [typed, canonical] of CANONICAL) {
      const tree = parseLockKey(typed);
      assert.equal(unparseLockKey(tree), canonical, typed);
      assert.deepEqual(parseLockKey(canonical), tree, canonical);
      assert.equal(unparseLockKey(parseLockKey(canonical)), canonical, `${canonical} is a fixed point`);
    }
  });

  it('writes resolved keys with object numbers, as examine shows them', () => {
    const resolved: ResolvedLockKey = {
      kind: 'and',
      operands: [
        { kind: 'is-or-carries', object: { kind: 'id', id: 12 } },
        { kind: 'carries', object: { kind: 'id', id: 5 } },
        { kind: 'not', operand: { kind: 'indirect', object: { kind: 'id', id: 7 }, lockType: 'Use' } },
      ],
    };
    assert.equal(unparseLockKey(resolved), '#12&+#5&!@#7/Use');
    assert.deepEqual(parseLockKey(unparseLockKey(resolved)), resolved satisfies LockKey);
  });
});
