// Typed attributes: the first plugin to declare a name defines it, writes are checked against type
// and kind, clearing is always allowed, and defaults fill in only what is unset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../../core/errors.js';
import { AttributeSchema } from '../../../../core/plugins/attribute-schema.js';
import { parseManifest } from '../../../../core/plugins/manifest.js';
import type { WorldObject } from '../../../../core/world/world-object.js';

function manifest(name: string, attributes: string[]) {
  return parseManifest(
    [`name: ${name}`, 'version: 1.0.0', 'interface: 2', 'description: d', 'wasm: x.wasm', 'capabilities: [db:migrate]', 'schema:', '  attributes:', ...attributes.map((line) => `    - ${line}`)].join('\n'),
    `${name}.yaml`,
  );
}

function object(kind: WorldObject['kind'], attributes: Record<string, unknown> = {}): WorldObject {
  return { id: 7, kind, name: 'Thing', aliases: [], description: '', ownerId: null, locationId: null, destinationId: null, attributes, flags: [], parentId: null, locks: {} };
}

const schema = new AttributeSchema([
  manifest('first', ['{ name: level, on: character, type: number, default: 1 }', '{ name: weather, on: location, type: string, default: clear }']),
  manifest('second', ['{ name: level, on: character, type: string }', '{ name: lit, on: location, type: boolean }']),
]);

describe('the attribute schema', () => {
  it('lets the plugin with precedence define a name, and warns of the clash', () => {
    assert.equal(schema.get('level')?.plugin, 'first');
    assert.equal(schema.get('level')?.type, 'number');
    assert.deepEqual(schema.warnings, ['Attribute "level" is declared by plugin "first" (character number) and plugin "second" (character string); "first" defines it.']);
  });

  it('refuses a value of the wrong type or on the wrong kind of object, naming the declaring plugin', () => {
    assert.doesNotThrow(() => schema.check(object('character'), 'level', 3));
    for (const [target, key, value] of [
      [object('character'), 'level', '3'],
      [object('character'), 'level', Number.NaN],
      [object('character'), 'level', Number.POSITIVE_INFINITY],
      [object('character'), 'level', [1]],
      [object('room'), 'lit', 'yes'],
      [object('character'), 'weather', 'rain'],
      [object('thing'), 'lit', true],
    ] as const) {
      assert.throws(
        () => schema.check(target, key, value),
        (error: unknown) => errorCode(error) === 'E_ATTRIBUTE_INVALID' && /declared by plugin "(first|second)"/.test((error as Error).message),
        `${key}=${String(value)} on a ${target.kind}`,
      );
    }
  });

  it('always allows clearing, and leaves undeclared keys free-form', () => {
    assert.doesNotThrow(() => schema.check(object('room'), 'weather', null));
    assert.doesNotThrow(() => schema.check(object('thing'), 'anything', { nested: ['x'] }));
  });

  it('fills in defaults of the object kind only where no value is set', () => {
    assert.deepEqual(schema.withDefaults(object('character')), { level: 1 });
    assert.deepEqual(schema.withDefaults(object('character', { level: 9 })), { level: 9 });
    assert.deepEqual(schema.withDefaults(object('room', { lit: true })), { lit: true, weather: 'clear' });
    assert.deepEqual(schema.withDefaults(object('exit')), {});
  });
});
