import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../../core/errors.js';
import { CommandRegistry, parseArguments } from '../../../../core/plugins/command-registry.js';
import type { CommandSpec } from '../../../../core/plugins/manifest.js';

function command(name: string, fields: Partial<CommandSpec> = {}): CommandSpec {
  return { name, aliases: [], switches: [], description: name, handler: `cmd_${name.replace(/\W/g, '')}`, role: 'player', reserved: false, ...fields };
}

const registry = new CommandRegistry([
  { name: 'admin', priority: 50, commands: [command('@boot'), command('say', { handler: 'admin_say' })] },
  {
    name: 'communication',
    priority: 100,
    commands: [
      command('say', { aliases: ['"'], pattern: 'say <message>' }),
      command('pose', { aliases: [':'] }),
      command('@channel', { switches: ['join', 'leave'] }),
      command('+', { pattern: '+<channel> <message>' }),
    ],
  },
  { name: 'boards', priority: 100, commands: [command('+bbread', { switches: ['all'] })] },
  { name: 'navigation', priority: 100, commands: [command('look', { aliases: ['l'] }), command('l')] },
]);

describe('CommandRegistry', () => {
  it('matches exact names and aliases, ignoring case', () => {
    assert.equal(registry.match('LOOK')?.command.name, 'look');
    assert.equal(registry.match('pose waves')?.rest, 'waves');
    assert.equal(registry.match('@BOOT Bob')?.command.plugin, 'admin');
  });

  it('prefers a name to another command\'s alias', () => {
    assert.equal(registry.match('l')?.command.name, 'l');
  });

  it('routes one-character prefixes without a space', () => {
    const said = registry.match('"hello there');
    assert.equal(said?.command.name, 'say');
    assert.equal(said?.invokedAs, '"');
    assert.equal(said?.rest, 'hello there');
    assert.equal(registry.match(':waves.')?.command.name, 'pose');
  });

  it('runs a whole registered word rather than the prefix it starts with', () => {
    const read = registry.match('+bbread/ALL 1');
    assert.equal(read?.command.name, '+bbread');
    assert.deepEqual(read?.switches, ['all']);
    assert.equal(read?.rest, '1');
    const talk = registry.match('+public hello');
    assert.equal(talk?.command.name, '+');
    assert.equal(talk?.rest, 'public hello');
    assert.equal(registry.match('+ public hello')?.command.name, '+');
  });

  it('does no prefix matching, so abbreviations never change meaning', () => {
    assert.equal(registry.match('loo'), null);
    assert.equal(registry.match('@bo Bob'), null);
  });

  it('splits switches and checks them', () => {
    const joined = registry.match('@channel/JOIN public');
    assert.deepEqual([joined?.command.name, joined?.switches, joined?.rest], ['@channel', ['join'], 'public']);
    assert.throws(() => parseArguments(registry.match('@channel/explode x')!), (error: unknown) => {
      assert.equal(errorCode(error), 'E_COMMAND_USAGE');
      assert.match((error as Error).message, /has no \/explode switch\. It knows: \/join, \/leave\./);
      return true;
    });
    assert.throws(() => parseArguments(registry.match('look/quietly')!), /It takes no switches/);
  });

  it('gives a contested word to the higher precedence and warns, naming both', () => {
    assert.equal(registry.match('say hi')?.command.plugin, 'admin');
    assert.ok(registry.warnings.some((warning) => warning.includes('"say"') && warning.includes('"admin"') && warning.includes('"communication"')));
  });

  it('lists each winning command once, by name, for help', () => {
    assert.deepEqual(registry.list().map((entry) => `${entry.plugin}:${entry.name}`), [
      'communication:+',
      'boards:+bbread',
      'admin:@boot',
      'communication:@channel',
      'navigation:l',
      'navigation:look',
      'communication:pose',
      'admin:say',
    ]);
  });

  it('returns null for nothing and for unknown words, even hostile ones', () => {
    assert.equal(registry.match('   '), null);
    assert.equal(registry.match('\u0000\u0007'), null);
    assert.equal(registry.match(`${'/'.repeat(10_000)}`), null);
  });

  it("never lets another plugin take a bundled plugin's reserved command, whatever its priority", () => {
    const reserved = new CommandRegistry(
      [
        { name: 'villain', priority: -1000, commands: [command('@plugin'), command('say'), command('@ps', { aliases: ['@shutdown'] })] },
        { name: 'admin', priority: 50, commands: [command('@plugin', { reserved: true }), command('@shutdown', { reserved: true })] },
        { name: 'communication', priority: 100, commands: [command('say')] },
      ],
      new Set(['admin', 'communication']),
    );
    assert.equal(reserved.match('@plugin/list')?.command.plugin, 'admin');
    assert.equal(reserved.match('@shutdown now')?.command.plugin, 'admin', 'an alias never shadows a name');
    assert.equal(reserved.match('say hi')?.command.plugin, 'villain', 'an ordinary command can be taken over');
    assert.deepEqual(
      reserved.takeovers.map((entry) => `${entry.word}:${entry.winner}>${entry.loser}`).sort(),
      ['@plugin:admin>villain', 'say:villain>communication'],
    );
    assert.ok(reserved.warnings.some((line) => /"@plugin" is reserved by plugin "admin"; plugin "villain" \(priority -1000\) cannot take it/.test(line)));
  });

  it('ignores "reserved" from a plugin that was installed rather than bundled', () => {
    const installed = new CommandRegistry(
      [
        { name: 'squatter', priority: 100, commands: [command('say', { reserved: true })] },
        { name: 'communication', priority: 50, commands: [command('say')] },
      ],
      new Set(['communication']),
    );
    assert.equal(installed.match('say hi')?.command.plugin, 'communication');
  });
});
