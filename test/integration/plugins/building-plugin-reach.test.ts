// The building plugin in the harness, part three: what reaches beyond the builder's own room:
// @tel <object>=<room>, give, @destroy's question and notices, and the search commands, with the
// exact text each person reads and refusals that change nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildingTestbed } from '../../support/building-testbed.js';

const bed = buildingTestbed();
const { site, run, refused, get } = bed;

describe('@teleport <object>=<room>', () => {
  it('lets an admin move a player anywhere; the player is told and shown the room', async () => {
    const { bob, den, square, root } = await site();
    await bed.harness.world.updateObject(square.id, { description: 'Pigeons.' });
    const result = await run(`@tel ${bob.name}=#${square.id}`, root);
    assert.equal(result.output, `Teleported ${bob.name}(#${bob.id}) to ${square.name}(#${square.id}).`);
    assert.equal(get(bob.id)?.locationId, square.id);
    assert.deepEqual(result.sends, [{ characterId: bob.id, text: `${root.name} has teleported you to ${square.name}.\n${square.name}\nPigeons.` }]);
    assert.deepEqual(
      result.events.map((event) => [event.stream, event.type, event.payload['text']]),
      [
        [`location:${den.id}`, 'leave', `${bob.name} has left.`],
        [`location:${square.id}`, 'arrive', `${bob.name} has arrived.`],
      ],
    );
  });

  it('moves what a builder controls to their own rooms or JUMP_OK ones, past the teleport lock', async () => {
    const { ada, bob, lamp, den, square, workshop } = await site();
    assert.equal((await run(`@tel Lamp=#${workshop.id}`, ada)).output, `Teleported Lamp(#${lamp.id}) to ${workshop.name}(#${workshop.id}).`);
    assert.equal(await refused(`@tel Lamp=#${den.id}`, ada), `Permission denied: ${den.name}(#${den.id}) is not JUMP_OK and you do not control it.`);
    assert.equal(await refused(`@tel *${bob.name}=#${workshop.id}`, ada), `Permission denied: you don't own ${bob.name}(#${bob.id}).`);
    await bed.harness.world.setBuilderFields(den.id, { flags: ['JUMP_OK'], locks: { Teleport: `!#${lamp.id}` } });
    assert.equal(await refused(`@tel Lamp=#${den.id}`, ada), `Permission denied: ${den.name}(#${den.id})'s teleport lock keeps Lamp out.`);
    assert.equal((await run(`@tel #${den.id}`, ada)).output, `You teleport to ${den.name}(#${den.id}).\nBob's den.`);
    // A room nobody owns is public, as for opening exits.
    assert.equal((await run(`@tel #${square.id}`, ada)).output, `You teleport to ${square.name}(#${square.id}).`);
    assert.equal(await refused(`@tel here=#${den.id}`, ada), `Permission denied: you don't own ${square.name}(#${square.id}).`);
    assert.equal(await refused(`@tel Nobody=#${den.id}`, ada), 'I don\'t see "Nobody" here.');
  });

  it('lets whoever controls a room send what is in it away, as PennMUSH does', async () => {
    const { ada, bob, workshop, square } = await site();
    await bed.harness.world.moveObject(bob.id, workshop.id);
    assert.equal((await run(`@tel ${bob.name}=#${square.id}`, ada)).output, `Teleported ${bob.name}(#${bob.id}) to ${square.name}(#${square.id}).`);
    assert.equal(get(bob.id)?.locationId, square.id);
  });
});

describe('give', () => {
  it('hands a carried thing to a player here, telling both', async () => {
    const { ada, bob, lamp, workshop } = await site();
    await bed.harness.world.moveObject(lamp.id, ada.id);
    await bed.harness.world.moveObject(bob.id, workshop.id);
    const result = await run(`give ${bob.name}=Lamp`, ada);
    assert.equal(result.output, `You gave Lamp to ${bob.name}.`);
    assert.deepEqual(result.sends, [{ characterId: bob.id, text: `${ada.name} gave you Lamp.` }]);
    assert.equal(get(lamp.id)?.locationId, bob.id);
    assert.equal(await refused(`give ${bob.name}=Lamp`, ada), 'I don\'t see "Lamp" here.');
  });

  it('honours the give, from and receive locks, and refuses money and what is not carried', async () => {
    const { ada, bob, lamp, workshop, hole } = await site();
    const world = bed.harness.world;
    await world.moveObject(bob.id, workshop.id);
    assert.equal(await refused(`give ${bob.name}=Lamp`, ada), "You don't have Lamp.");
    assert.equal(await refused(`give ${bob.name}=5`, ada), 'Hearth has no money to give: you can give things you carry.');
    await world.moveObject(lamp.id, ada.id);
    await world.setBuilderFields(lamp.id, { locks: { Give: `!#${ada.id}` } });
    assert.equal(await refused(`give ${bob.name}=Lamp`, ada), "You can't give Lamp away.");
    await world.setBuilderFields(lamp.id, { locks: {} });
    await world.setBuilderFields(bob.id, { locks: { From: `!#${ada.id}` } });
    assert.equal(await refused(`give ${bob.name}=Lamp`, ada), `${bob.name} does not accept things from you.`);
    await world.setBuilderFields(bob.id, { locks: { Receive: `!#${lamp.id}` } });
    assert.equal(await refused(`give ${bob.name}=Lamp`, ada), `${bob.name} does not want Lamp.`);
    assert.equal(await refused(`give ${ada.name}=Lamp`, ada), 'You already have it.');
    assert.equal(await refused('give Hole=Lamp', ada), `You can only give things to players; Hole(#${hole.id}) is not one.`);
  });
});

describe('@destroy, confirmed', () => {
  it('asks first, forgets after a minute, and does it on the second asking', async () => {
    const { ada, lamp } = await site();
    const asked = await run('@destroy Lamp', ada);
    assert.equal(asked.output, `Are you sure you want to destroy Lamp(#${lamp.id})?\nType @destroy #${lamp.id} again within a minute to destroy it.`);
    bed.harness.clock.advance(61_000);
    assert.match((await run('@destroy Lamp', ada)).output ?? '', /^Are you sure/);
    assert.ok(get(lamp.id));
    assert.equal((await run('@destroy Lamp', ada)).output, `Destroyed Lamp(#${lamp.id}).`);
    assert.equal(get(lamp.id), undefined);
  });

  it('needs /override for a SAFE object', async () => {
    const { ada, lamp } = await site();
    await bed.harness.world.setBuilderFields(lamp.id, { flags: ['SAFE'] });
    assert.equal(await refused('@destroy Lamp', ada), `Lamp(#${lamp.id}) is SAFE. Use @destroy/override to destroy it.`);
    assert.equal((await run('@destroy/override Lamp', ada)).output, `Destroyed Lamp(#${lamp.id}).`);
  });

  it('sends the players in a room home with a reason, keeps what they carry, and tells entrance owners', async () => {
    const { ada, bob, den, workshop, lamp, door, hole, root, square } = await site();
    const world = bed.harness.world;
    await world.moveObject(root.id, square.id);
    await world.setHome(bob.id, den.id);
    await world.moveObject(bob.id, workshop.id);
    await world.moveObject(lamp.id, bob.id);
    await world.updateObject(door.id, { destinationId: workshop.id });
    const asked = await run(`@destroy #${workshop.id}`, ada);
    assert.match(asked.output ?? '', new RegExp(`It holds 2 players \\(${bob.name}, ${ada.name}\\), 1 exit\\. 1 exit leads into it\\.`));
    const result = await run(`@destroy #${workshop.id}`, ada);
    assert.equal(
      result.output,
      [
        `Destroyed ${workshop.name}(#${workshop.id}).`,
        `${bob.name} went to home, to ${den.name}.`,
        `${ada.name} went to home, to The Hearth.`,
        `Destroyed with it: Hole(#${hole.id}).`,
        `Unlinked, as they led into it (their owners were told): Door(#${door.id}).`,
      ].join('\n'),
    );
    assert.deepEqual(result.sends, [
      { characterId: bob.id, text: `${workshop.name} has been destroyed by ${ada.name}; you have been sent to home, to ${den.name}, with everything you carry.` },
      { characterId: bob.id, text: `Your exit Door(#${door.id}) led to ${workshop.name}(#${workshop.id}), which ${ada.name} destroyed; it now leads nowhere (@link it again).` },
    ]);
    assert.equal(get(bob.id)?.locationId, den.id);
    assert.equal(get(lamp.id)?.locationId, bob.id);
    assert.equal(get(door.id)?.destinationId, null);
  });
});

describe('the search commands', () => {
  it('@find and @search list only what the builder controls; admins see all', async () => {
    const { ada, bob, workshop, lamp, hole, root } = await site();
    assert.equal((await run(`@find ${workshop.name}`, ada)).output, `${workshop.name}(#${workshop.id}R)\n***End of List***`);
    assert.equal((await run(`@find ${workshop.name}`, bob)).output, 'Nothing found.\n***End of List***');
    assert.equal((await run('@search type=thing', ada)).output, `THINGS:\nLamp(#${lamp.id})\n----------  Search Done  ----------\nTotals: Rooms...0  Exits...0  Things...1  Players...0`);
    assert.equal((await run('@search exits=h*', ada)).output, `EXITS:\nHole(#${hole.id}E) [from #${workshop.id} to nowhere]\n----------  Search Done  ----------\nTotals: Rooms...0  Exits...1  Things...0  Players...0`);
    assert.equal(await refused(`@search ${bob.name}`, ada), 'You need a search warrant to do that!');
    assert.equal(await refused('@search type=dragon', ada), '"dragon" is not a type: use room, exit, thing or player.');
    assert.match((await refused('@search flags=sparkly', ada)) ?? '', /^"sparkly" is not a flag Hearth knows/);
    const long = 'x'.repeat(101);
    assert.equal(await refused(`@find ${long}`, ada), 'No object has a name that long: object names are at most 100 characters.');
    assert.equal(await refused(`@search name=${long}`, ada), 'No object has a name that long: object names are at most 100 characters.');
    assert.equal((await run('@find \u{1F525}*?\u202e', ada)).output, 'Nothing found.\n***End of List***');
    assert.equal(await refused('@search =x', ada), 'Usage: @search [<player>] [<class>=<restriction>]');
    assert.equal(await refused('@search name=', ada), 'Search for what? Give NAME a value.');
    assert.equal(await refused('@search flags=a b c d e f g h i', ada), 'Search for at most 8 flags at once.');
    assert.equal(await refused('@search colour=red', ada), 'Unknown search class "COLOUR": use TYPE, NAME, FLAGS, ROOMS, EXITS, THINGS or PLAYERS.');
    assert.match((await run(`@search ${ada.name} type=room`, root)).output ?? '', new RegExp(`ROOMS:\\n${workshop.name}\\(#${workshop.id}R\\)`));
  });

  it('@entrances lists every exit into a room the builder controls, whoever owns it', async () => {
    const { ada, bob, den, door, workshop } = await site();
    await bed.harness.world.updateObject(door.id, { destinationId: workshop.id });
    assert.equal((await run('@entrances', ada)).output, `Door(#${door.id}E) [from: ${den.name}(#${den.id})]\nTotal: 1 exit.`);
    assert.equal(await refused(`@entrances #${workshop.id}`, bob), `Permission denied: you don't own ${workshop.name}(#${workshop.id}).`);
    assert.equal((await run(`@entrances #${den.id}`, bob)).output, `No entrances to ${den.name}(#${den.id}) found.`);
  });

  it('@whereis finds connected players unless UNFINDABLE, telling them either way', async () => {
    const { ada, bob, den } = await site();
    const world = bed.harness.world;
    world.setConnected(bob.id, false);
    assert.equal(await refused(`@whereis ${bob.name}`, ada), `${bob.name} is not connected.`);
    world.setConnected(bob.id, true);
    const found = await run(`@whereis ${bob.name}`, ada);
    assert.equal(found.output, `${bob.name} is at: ${den.name}.`);
    assert.deepEqual(found.sends, [{ characterId: bob.id, text: `${ada.name} has just located your position.` }]);
    await world.setBuilderFields(bob.id, { flags: ['UNFINDABLE'] });
    const hidden = await run(`@whereis ${bob.name}`, ada);
    assert.equal(hidden.output, 'That player wishes to have some privacy.');
    assert.deepEqual(hidden.sends, [{ characterId: bob.id, text: `${ada.name} tried to locate you and failed.` }]);
    assert.equal(await refused('@whereis Nobody', ada), 'There is no player called "Nobody".');
  });

  it('@sweep lists the connected players in the room', async () => {
    const { ada, root, workshop } = await site();
    bed.harness.world.setConnected(root.id, true);
    assert.equal((await run('@sweep', ada)).output, `Listening in ${workshop.name}:\n  ${root.name} [player connected]\nListening on your person:\n  Nothing you carry is listening.\n---- Sweep done ----`);
    assert.equal((await run('@sweep/inventory', ada)).output, 'Listening on your person:\n  Nothing you carry is listening.\n---- Sweep done ----');
    assert.equal(await refused('@sweep everything', ada), '@sweep takes connected, here or inventory.');
    bed.harness.world.setConnected(root.id, false);
  });
});
