import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { CommandInfo } from '../../../core/plugins/host-services.js';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { type CommandResult, PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/help/manifest.yaml';
const HEADING = 'Commands you can use (type "help <command>" for more):';
const UNICODE = 'caf\u00e9 \u2713 \u{1F525}';

function info(name: string, fields: Partial<CommandInfo> = {}): CommandInfo {
  return { name, aliases: [], plugin: 'test', description: `The ${name} command.`, help: null, usage: null, switches: [], role: 'player', ...fields };
}

// Deliberately out of order: help sorts.
const COMMANDS: CommandInfo[] = [
  info('say', { aliases: ['"'], usage: 'say <message>', description: 'Says something to everyone in your room.', help: 'say <message>\n\nExample: say hi\n' }),
  info('@shutdown', { role: 'admin', usage: '@shutdown [<message>]', description: 'Shuts the server down.' }),
  info('inventory', { aliases: ['i'], description: `Lists what you are carrying (${UNICODE}).` }),
  info('@dig', {
    role: 'builder',
    usage: '@dig <room>[=<exits>]',
    switches: ['teleport', 'quiet'],
    description: 'Digs a new room.',
    help: '@dig <room>[=<exits>]\n\nExample: @dig Kitchen=north,south',
  }),
  info('look', { aliases: ['l', 'read'], usage: 'look [<target>]', description: 'Shows your room.' }),
  info('@channel', { switches: ['join'], usage: '@channel/join <name>', description: 'Joins a channel.' }),
  info('help', { usage: 'help [<command>]', description: 'Lists commands.' }),
];

const PLAYER_LINES = [
  '  @channel        Joins a channel.',
  '  help            Lists commands.',
  `  inventory (i)   Lists what you are carrying (${UNICODE}).`,
  '  look (l, read)  Shows your room.',
  '  say (")         Says something to everyone in your room.',
];

function shown(result: CommandResult): string {
  assert.equal(result.failure, undefined, result.failure?.message);
  assert.equal(result.error, undefined);
  assert.deepEqual(result.events, []);
  assert.deepEqual(result.sends, []);
  assert.equal(typeof result.output, 'string');
  return result.output!;
}

function refused(result: CommandResult): string {
  assert.equal(result.failure, undefined, result.failure?.message);
  assert.equal(result.output, undefined);
  assert.deepEqual(result.events, []);
  return result.error!;
}

describe('the help plugin, in the harness', () => {
  let harness: PluginHarness;
  let ownCommands: CommandInfo[];
  let player: number;
  let builder: number;
  let admin: number;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    ownCommands = harness.admin.commandList;
    player = harness.world.addCharacter('Pat').id;
    builder = harness.world.addCharacter('Bea', { role: 'builder' }).id;
    admin = harness.world.addCharacter('Ada', { role: 'admin' }).id;
  });
  beforeEach(() => {
    harness.admin.commandList = COMMANDS;
  });
  after(() => harness.close());

  it('declares only read:commands, and is never denied', async () => {
    assert.deepEqual(harness.manifest.capabilities, ['read:commands']);
    await harness.command('help', player);
    await harness.command('help say', player);
    assert.deepEqual(harness.denials(), []);
  });

  it('lists its own command when it is the only plugin loaded', async () => {
    harness.admin.commandList = ownCommands;
    assert.equal(shown(await harness.command('help', player)), `${HEADING}\n  help  Lists the commands you can use, or shows how to use one.`);
  });

  describe('help', () => {
    it('lists what a player may use, sorted, aliases in parentheses, descriptions in one column', async () => {
      assert.equal(shown(await harness.command('help', player)), [HEADING, ...PLAYER_LINES].join('\n'));
      assert.equal(shown(await harness.command('HELP   ', player)), [HEADING, ...PLAYER_LINES].join('\n'));
    });

    it('adds builder commands for builders, and admin commands for admins', async () => {
      const builderList = shown(await harness.command('help', builder)).split('\n');
      assert.deepEqual(builderList, [HEADING, PLAYER_LINES[0], '  @dig            Digs a new room.', ...PLAYER_LINES.slice(1)]);
      const adminList = shown(await harness.command('help', admin)).split('\n');
      assert.deepEqual(adminList, [HEADING, PLAYER_LINES[0], '  @dig            Digs a new room.', '  @shutdown       Shuts the server down.', ...PLAYER_LINES.slice(1)]);
    });

    it('says so when the role may use nothing', async () => {
      harness.admin.commandList = [info('@shutdown', { role: 'admin' })];
      assert.equal(shown(await harness.command('help', player)), 'There are no commands you can use.');
    });

    it('is generated from real manifests: a player does not see @emit in the communication list', async () => {
      const manifest = parseManifest(await readFile('plugins/communication/manifest.yaml', 'utf8'), 'plugins/communication/manifest.yaml');
      harness.admin.commandList = manifest.commands.map((command) =>
        info(command.name, { aliases: command.aliases, description: command.description, help: command.help ?? null, usage: command.pattern ?? null, role: command.role }),
      );
      const list = shown(await harness.command('help', player));
      assert.equal(list.split('\n')[0], HEADING);
      assert.deepEqual(list.split('\n').slice(1).map((line) => line.trim().split(/\s{2,}/)[0]), ['ooc', 'pose (:)', 'say (")', 'semipose (;)', 'whisper (w)']);
      assert.match(shown(await harness.command('help', builder)), /^ {2}@emit {9}Shows text to everyone in your room exactly as given, without your name\.$/m);
      assert.match(shown(await harness.command('help :', player)), /^Help for pose\nUsage: pose <action>\nAliases: :\n\nShows everyone in your room something you do\.\n\npose <action>\n/);
    });
  });

  describe('help <command>', () => {
    const SAY_HELP = 'Help for say\nUsage: say <message>\nAliases: "\n\nSays something to everyone in your room.\n\nsay <message>\n\nExample: say hi';

    it('shows usage, aliases, description and help text', async () => {
      assert.equal(shown(await harness.command('help say', player)), SAY_HELP);
    });

    it('finds a command by alias, in any case', async () => {
      for (const line of ['help "', 'help SAY', 'help Say']) assert.equal(shown(await harness.command(line, player)), SAY_HELP, line);
      assert.match(shown(await harness.command('help READ', player)), /^Help for look\nUsage: look \[<target>\]\nAliases: l, read\n/);
    });

    it('finds @ commands with or without the @, and says which role they need', async () => {
      const expected = [
        'Help for @dig',
        'Usage: @dig <room>[=<exits>]',
        'Switches: /teleport, /quiet',
        '',
        'Digs a new room.',
        '',
        '@dig <room>[=<exits>]',
        '',
        'Example: @dig Kitchen=north,south',
        '',
        'Needs the builder role.',
      ].join('\n');
      for (const line of ['help @dig', 'help dig', 'help @DIG', 'help DIG']) assert.equal(shown(await harness.command(line, player)), expected, line);
      assert.equal(shown(await harness.command('help shutdown', player)), 'Help for @shutdown\nUsage: @shutdown [<message>]\n\nShuts the server down.\n\nNeeds the admin role.');
    });

    it('leaves out what a command does not have, and keeps non-ASCII text', async () => {
      assert.equal(shown(await harness.command('help i', player)), `Help for inventory\nAliases: i\n\nLists what you are carrying (${UNICODE}).`);
    });

    it('prefers a command named by the word over one that has it as an alias, as typing does', async () => {
      harness.admin.commandList = [info('exits', { aliases: ['ex'] }), info('ex', { description: 'Examines something.' })];
      assert.equal(shown(await harness.command('help ex', player)), 'Help for ex\n\nExamines something.');
    });

    it('answers unknown, overlong and odd names with what to type instead', async () => {
      const unknown = (name: string) => `No help for "${name}". Type "help" for the list of commands.`;
      assert.equal(refused(await harness.command('help xyz', player)), unknown('xyz'));
      assert.equal(refused(await harness.command(`help ${'x'.repeat(500)}`, player)), unknown(`${'x'.repeat(40)}...`));
      assert.equal(refused(await harness.command(`help ${UNICODE}`, player)), unknown(UNICODE));
      assert.equal(refused(await harness.command('help e\u0301\u0301\u0301', player)), unknown('e\u0301\u0301\u0301'));
      assert.equal(refused(await harness.command('help x\u001b[31my\u0007', player)), unknown('x[31my'));
      assert.equal(refused(await harness.command('help @', player)), unknown('@'));
    });

    it('leaves switches it does not take to the core, which refuses them', async () => {
      const result = await harness.command('help/all', player);
      assert.equal(result.failure?.code, 'E_COMMAND_USAGE');
      assert.equal(result.failure?.message, 'help has no /all switch. It takes no switches.');
    });
  });
});
