// Writes a key back as text: the canonical form examine shows (`#12&+#5`, `SEX:m*|FLAG^WIZARD`),
// and the form a lock is stored in. Reading the text again gives the same tree: groups the
// parser would not make by itself (`a&(b&c)`) keep their parentheses, and no others are added.
import type { LockNode, LockReference, ResolvedReference } from './lock-key.js';

const TYPE_WORDS = { room: 'ROOM', exit: 'EXIT', thing: 'THING', character: 'PLAYER' } as const;

export function unparseLockKey(key: LockNode<LockReference | ResolvedReference>): string {
  switch (key.kind) {
    case 'true':
      return '#TRUE';
    case 'false':
      return '#FALSE';
    case 'and':
      return key.operands.map((operand) => (operand.kind === 'and' || operand.kind === 'or' ? `(${unparseLockKey(operand)})` : unparseLockKey(operand))).join('&');
    case 'or':
      return key.operands.map((operand) => (operand.kind === 'or' ? `(${unparseLockKey(operand)})` : unparseLockKey(operand))).join('|');
    case 'not':
      return key.operand.kind === 'and' || key.operand.kind === 'or' ? `!(${unparseLockKey(key.operand)})` : `!${unparseLockKey(key.operand)}`;
    case 'is':
      return `=${reference(key.object)}`;
    case 'carries':
      return `+${reference(key.object)}`;
    case 'is-or-carries':
      return reference(key.object);
    case 'owner':
      return `$${reference(key.object)}`;
    case 'indirect':
      return key.lockType === undefined ? `@${reference(key.object)}` : `@${reference(key.object)}/${key.lockType}`;
    case 'attribute':
      return `${key.attribute}:${key.pattern}`;
    case 'evaluation':
      return `${key.attribute}/${key.pattern}`;
    case 'type':
      return `TYPE^${TYPE_WORDS[key.objectType]}`;
    case 'dbreflist':
      return `DBREFLIST^${key.attribute}`;
    case 'bit':
      return `${key.bit.toUpperCase()}^${key.value}`;
  }
}

function reference(object: LockReference | ResolvedReference): string {
  switch (object.kind) {
    case 'id':
      return `#${object.id}`;
    case 'me':
      return 'me';
    case 'here':
      return 'here';
    case 'name':
      return object.name;
  }
}
