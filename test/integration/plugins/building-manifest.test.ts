// The building plugin's manifest: the capabilities it asks for, its priority, and every command
// with its aliases, the role it needs, a description and help with an example.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildingTestbed } from '../../support/building-testbed.js';

const bed = buildingTestbed();

describe('the building manifest', () => {
  it('asks only for what it uses, at priority 100, the world-shaping commands for builders, with help', () => {
    assert.deepEqual(bed.harness.manifest.capabilities, ['read:objects', 'write:objects', 'read:characters', 'read:commands', 'emit:character:*', 'read:locations', 'kv:read', 'kv:write']);
    assert.equal(bed.harness.manifest.priority, 100);
    assert.deepEqual(
      bed.harness.manifest.commands.map((command) => [command.name, command.aliases, command.role]),
      [
        ['@dig', [], 'builder'],
        ['@open', [], 'builder'],
        ['@link', [], 'player'],
        ['@unlink', [], 'builder'],
        ['@describe', ['@desc'], 'player'],
        ['@doing', [], 'player'],
        ['@name', [], 'player'],
        ['@create', [], 'builder'],
        ['@destroy', [], 'builder'],
        ['@teleport', ['@tel'], 'builder'],
        ['&', [], 'player'],
        ['@set', [], 'player'],
        ['@wipe', [], 'player'],
        ['@lock', [], 'player'],
        ['@unlock', [], 'player'],
        ['@parent', [], 'player'],
        ['@chown', [], 'builder'],
        ['examine', ['ex'], 'player'],
        ['@success', ['@succ'], 'player'],
        ['@osuccess', ['@osucc'], 'player'],
        ['@fail', [], 'player'],
        ['@ofail', [], 'player'],
        ['@drop', [], 'player'],
        ['@odrop', [], 'player'],
        ['@move', [], 'player'],
        ['@omove', [], 'player'],
        ['give', [], 'player'],
        ['@find', [], 'player'],
        ['@search', [], 'player'],
        ['@entrances', [], 'player'],
        ['@sweep', [], 'player'],
        ['@whereis', [], 'player'],
        ['@idesc', [], 'player'],
        ['@enter', [], 'player'],
        ['@oenter', [], 'player'],
        ['@oxenter', [], 'player'],
        ['@leave', [], 'player'],
        ['@oleave', [], 'player'],
        ['@oxleave', [], 'player'],
        ['@asuccess', ['@asucc'], 'player'],
        ['@afailure', ['@afail'], 'player'],
        ['@adrop', [], 'player'],
        ['@amove', [], 'player'],
        ['@aenter', [], 'player'],
        ['@aleave', [], 'player'],
        ['@alias', [], 'player'],
      ],
    );
    for (const command of bed.harness.manifest.commands) assert.ok(command.description && command.help?.includes('Example'), command.name);
  });
});
