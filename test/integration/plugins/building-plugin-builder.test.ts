// The building plugin's builder-data commands in the harness (issue 16): &, @set, @wipe, @lock,
// @unlock, @parent, @chown and examine, with PennMUSH's replies, the permission rule, and bad
// input refused without changing the world.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildingTestbed } from '../../support/building-testbed.js';

const bed = buildingTestbed();
const { site, run, refused, get } = bed;
/** All a command showed the actor, in order: what was sent during the call, then its reply. */
const shown = (result: { sends: Array<{ text: string }>; output?: string | undefined }) => [...result.sends.map((send) => send.text), ...(result.output === undefined ? [] : [result.output])].join('\n');
const attributes = (id: number) => bed.harness.world.attributesOf(id).map((attribute) => [attribute.name, attribute.value, attribute.flags.join(' ')]);

describe('& and @set for attributes', () => {
  it('sets, shows in canonical case and clears attributes on what the actor controls', async () => {
    const { ada, lamp } = await site();
    assert.equal((await run('&mood Lamp=Flickering: badly', ada)).output, 'Lamp/MOOD - Set.');
    assert.equal((await run('@set me=title:The Maker', ada)).output, `${ada.name}/TITLE - Set.`);
    assert.deepEqual(attributes(lamp.id), [['MOOD', 'Flickering: badly', '']]);
    assert.equal((await run('&MOOD Lamp', ada)).output, 'Lamp/MOOD - Cleared.');
    assert.equal((await run('@set Lamp=nothing:', ada)).output, 'No such attribute to clear: NOTHING.');
    assert.deepEqual(attributes(ada.id), [['TITLE', 'The Maker', '']]);
  });

  it("refuses bad names, oversized values and someone else's object, changing nothing", async () => {
    const { ada, lamp, door } = await site();
    assert.match((await refused('&BAD=NAME Lamp=x', ada)) ?? '', /not a good attribute name/);
    assert.match((await refused(`&${'A'.repeat(65)} Lamp=x`, ada)) ?? '', /at most 64 characters/);
    assert.match((await refused(`&BIG Lamp=${'x'.repeat(8193)}`, ada)) ?? '', /at most 8192 bytes/);
    assert.equal(await refused(`&NOTE #${door.id}=mine now`, ada), "Permission denied: you don't own Door(#" + door.id + ').');
    assert.deepEqual(attributes(lamp.id), []);
    assert.deepEqual(attributes(door.id), []);
  });
});

describe('@set for flags', () => {
  it('sets and resets flags with PennMUSH replies, and refuses unknown flags', async () => {
    const { ada, lamp } = await site();
    assert.equal((await run('@set Lamp=visual dark', ada)).output, 'Lamp - DARK set.\nLamp - VISUAL set.');
    assert.equal((await run('@set Lamp=!dark', ada)).output, 'Lamp - DARK reset.');
    assert.deepEqual(get(lamp.id)?.flags, ['VISUAL']);
    assert.match((await refused('@set Lamp=SPARKLY', ada)) ?? '', /"SPARKLY" is not a flag Hearth knows/);
    assert.match((await refused('@set Lamp=!', ada)) ?? '', /Set what\?/);
  });

  it('flags attributes, and hides MORTAL_DARK ones from those who do not control the object', async () => {
    const { ada, bob, lamp } = await site();
    await run('&NOTE Lamp=public', ada);
    await run('&SECRET Lamp=private', ada);
    assert.equal((await run('@set Lamp/note=visual', ada)).output, 'Lamp/NOTE - visual set.');
    await run('@set Lamp/secret=hidden', ada);
    assert.deepEqual(attributes(lamp.id), [['NOTE', 'public', 'VISUAL'], ['SECRET', 'private', 'MORTAL_DARK']]);
    assert.match((await refused('@set Lamp/NOTE=shiny', ada)) ?? '', /not an attribute flag/);
    assert.match((await refused('@set Lamp/MISSING=visual', ada)) ?? '', /has no attribute MISSING/);
    await bed.harness.world.moveObject(bob.id, lamp.locationId!);
    assert.equal(shown(await run('examine Lamp', bob)), `Lamp is owned by ${ada.name}(#${ada.id}).\nNOTE [#${ada.id}v]: public`);
  });
});

describe('@wipe', () => {
  it('clears all attributes, or those matching a pattern', async () => {
    const { ada, lamp } = await site();
    for (const name of ['NOTE_A', 'NOTE_B', 'OTHER']) await run(`&${name} Lamp=x`, ada);
    assert.equal((await run('@wipe Lamp/note_*', ada)).output, `Attributes wiped: 2 from Lamp(#${lamp.id}).`);
    assert.deepEqual(attributes(lamp.id), [['OTHER', 'x', '']]);
    assert.equal((await run('@wipe Lamp', ada)).output, `Attributes wiped: 1 from Lamp(#${lamp.id}).`);
    assert.equal((await run('@wipe Lamp', ada)).output, `No matching attributes on Lamp(#${lamp.id}).`);
  });
});

describe('@lock and @unlock', () => {
  it('stores keys with names as #dbrefs, and refuses malformed keys and unknown types', async () => {
    const { ada, bob, lamp, hole } = await site();
    assert.equal((await run('@lock Lamp=me|Hole', ada)).output, 'Locked.');
    assert.equal((await run('@lock/use Lamp=!=me', ada)).output, 'Use locked.');
    assert.deepEqual(get(lamp.id)?.locks, { Basic: `#${ada.id}|#${hole.id}`, Use: `!=#${ada.id}` });
    assert.match((await refused('@lock Lamp=(me', ada)) ?? '', /.+/);
    assert.match((await refused('@lock Lamp=Nonesuch', ada)) ?? '', /I don't see "Nonesuch" here/);
    assert.equal(((await bed.harness.command('@lock/frobnicate Lamp=me', ada.id)).failure as { code?: string } | undefined)?.code, 'E_COMMAND_USAGE');
    assert.equal(await refused(`@lock #${bob.id}=me`, ada), `Permission denied: you don't own ${bob.name}(#${bob.id}).`);
    assert.equal((await run('@unlock/use Lamp', ada)).output, 'Use unlocked.');
    assert.equal((await run('@unlock/use Lamp', ada)).output, `Lamp(#${lamp.id}) has no Use lock.`);
    assert.deepEqual(get(lamp.id)?.locks, { Basic: `#${ada.id}|#${hole.id}` });
  });
});

describe('@parent', () => {
  it('sets a parent the actor controls, refuses loops and parents they may not use, and clears', async () => {
    const { ada, lamp, workshop, door, root } = await site();
    assert.equal((await run(`@parent Lamp=#${workshop.id}`, ada)).output, 'Parent changed.');
    assert.equal(get(lamp.id)?.parentId, workshop.id);
    assert.match((await refused(`@parent here=Lamp`, ada)) ?? '', /own ancestor/);
    assert.match((await refused(`@parent Lamp=#${door.id}`, ada)) ?? '', /not LINK_OK/);
    assert.match((await refused(`@parent Lamp=#99999`, ada)) ?? '', /.+/);
    assert.equal((await run('@parent Lamp', ada)).output, 'Parent cleared.');
    assert.equal((await run(`@parent Lamp=#${door.id}`, root)).output, 'Parent changed.');
  });
});

describe('@chown', () => {
  it('lets admins give things away, and others take only CHOWN_OK things for themselves', async () => {
    const { ada, bob, lamp, root } = await site();
    assert.equal(await refused(`@chown Lamp=${bob.name}`, ada), `Permission denied: you don't own Lamp(#${lamp.id}).`);
    assert.equal((await run(`@chown Lamp=${bob.name}`, root)).output, 'Owner changed.');
    assert.equal(get(lamp.id)?.ownerId, bob.id);
    assert.equal(await refused('@chown Lamp=me', ada), `Permission denied: you don't own Lamp(#${lamp.id}).`);
    await bed.harness.world.setBuilderFields(lamp.id, { flags: ['CHOWN_OK'] });
    assert.equal((await run('@chown Lamp=me', ada)).output, 'Owner changed.');
    assert.equal(get(lamp.id)?.ownerId, ada.id);
    assert.deepEqual(get(lamp.id)?.flags, []);
    assert.equal(await refused(`@chown me=${bob.name}`, root), 'Characters always own themselves.');
    assert.match((await refused('@chown Lamp=Nobody At All', root)) ?? '', /There is no player called "Nobody At All"/);
  });
});

describe('@alias', () => {
  it('gives a player aliases that are free and name-like, refuses the rest, and clears them', async () => {
    const { ada, bob, lamp } = await site();
    assert.equal((await run('@alias me=Ad;Addy', ada)).output, `${ada.name}/ALIAS - Set.`);
    assert.equal(bed.harness.world.attributeOf(ada.id, 'ALIAS')?.value, 'Ad;Addy');
    assert.equal(await refused('@alias me=Addy', bob), `The alias "Addy" is taken: it names ${ada.name}.`);
    assert.equal(await refused(`@alias me=${ada.name}`, bob), `The alias "${ada.name}" is taken: it names ${ada.name}.`);
    for (const bad of ['two words', '9lives', 'x'.repeat(33), 'semi"colon', '%n']) assert.match((await refused(`@alias me=${bad}`, bob)) ?? '', /is not a good alias/, bad);
    assert.equal(await refused('@alias me=a;b;c;d;e;f', bob), 'A player may have at most 5 aliases.');
    assert.match((await refused(`@alias #${lamp.id}=Lampy`, ada)) ?? '', /@alias is for players/);
    assert.match((await refused(`@alias #${ada.id}=Mine`, bob)) ?? '', /Permission denied/);
    assert.equal((await run('@alias me', ada)).output, `${ada.name}/ALIAS - Cleared.`);
  });
});

describe('examine', () => {
  it('shows everything to the owner, in PennMUSH layout', async () => {
    const { ada, lamp, workshop } = await site();
    await run('@set Lamp=dark visual', ada);
    await run('&MOOD Lamp=Glowing', ada);
    await run('@set Lamp/MOOD=no_command visual', ada);
    await run('@lock Lamp=me', ada);
    await run(`@parent Lamp=#${workshop.id}`, ada);
    assert.equal(
      shown(await run('examine Lamp', ada)),
      [
        `Lamp(#${lamp.id}DV)`,
        'Type: THING Flags: DARK VISUAL',
        `Owner: ${ada.name}(#${ada.id})  Parent: ${workshop.name}(#${workshop.id})`,
        `Basic Lock: #${ada.id}`,
        'A brass lamp.',
        `MOOD [#${ada.id}$v]: Glowing`,
        `Location: ${workshop.name}(#${workshop.id})`,
      ].join('\n'),
    );
    assert.equal(shown(await run('ex Lamp/mo*', ada)), `MOOD [#${ada.id}$v]: Glowing`);
    assert.equal((await run('ex Lamp/zz*', ada)).output, 'No matching attributes.');
    assert.match((await refused('examine Nonesuch', ada)) ?? '', /I don't see/);
  });

  it('shows a character as a PLAYER, an admin as WIZARD and a builder with the BUILDER power', async () => {
    const { ada, root } = await site();
    assert.ok(shown(await run('examine me', root)).includes(`${root.name}(#${root.id}P)\nType: PLAYER Flags: WIZARD\n`));
    assert.ok(shown(await run('examine me', ada)).includes('Type: PLAYER Flags: BUILDER\n'));
  });

  it('lists thousands of attributes without running out of fuel, and tells a stranger only what is VISUAL', async () => {
    const { ada, bob, lamp } = await site();
    for (let index = 0; index < 3000; index += 1) {
      const name = `NOTE_${String(index).padStart(4, '0')}`;
      await bed.harness.world.writeObjectAttribute(lamp.id, name, { name, value: `note ${index}`, ownerId: ada.id, flags: index === 7 ? ['VISUAL'] : [] });
    }
    const lines = shown(await run('examine Lamp', ada)).split('\n');
    assert.equal(lines.filter((line) => line.startsWith('NOTE_')).length, 3000);
    assert.ok(lines.includes(`NOTE_2999 [#${ada.id}]: note 2999`));
    await bed.harness.world.moveObject(bob.id, lamp.locationId!);
    assert.equal(shown(await run('examine Lamp', bob)), `Lamp is owned by ${ada.name}(#${ada.id}).\nNOTE_0007 [#${ada.id}v]: note 7`);
  });
});

describe('@success, @osuccess, @fail and @ofail', () => {
  it('set and clear the message attributes on what the actor controls', async () => {
    const { ada, lamp, door } = await site();
    assert.equal((await run('@success Lamp=You lift the lamp.', ada)).output, 'Lamp/SUCC - Set.');
    assert.equal((await run('@osucc Lamp=lifts the lamp.', ada)).output, 'Lamp/OSUCC - Set.');
    assert.equal((await run('@fail Lamp=Too hot to touch.', ada)).output, 'Lamp/FAIL - Set.');
    assert.equal((await run('@ofail Lamp=burns a finger.', ada)).output, 'Lamp/OFAIL - Set.');
    assert.deepEqual(attributes(lamp.id).map(([name]) => name), ['FAIL', 'OFAIL', 'OSUCC', 'SUCC']);
    assert.equal((await run('@fail Lamp', ada)).output, 'Lamp/FAIL - Cleared.');
    assert.equal(await refused(`@fail #${door.id}=Mine`, ada), `Permission denied: you don't own Door(#${door.id}).`);
  });
});
