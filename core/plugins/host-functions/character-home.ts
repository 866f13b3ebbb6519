// set_home: makes a room a character's home (PennMUSH's `@link me=<room>`), behind write:objects
// and, during a command, control of the character. Which rooms a player may choose (their own,
// ABODE or LINK_OK ones, past the link lock) is the plugin's rule, as for the other links.
import { z } from 'zod';
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { requireRoom } from '../../world/world-rules.js';
import { defineHostFunction, requireCapability } from './host-function.js';
import { requireControl } from './object-control.js';

const id = z.number().int().positive();

export const setHome = defineHostFunction({
  name: 'set_home',
  input: z.object({ character: id.optional(), room: id }).strict(),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'set homes');
    const { world } = call.binding.services;
    const { input, scope } = call;
    const characterId = input.character ?? scope.commandActor?.id;
    if (characterId === undefined) throw new HearthError('E_HOST_CALL_INVALID', 'set_home: outside a command, pass the "character" whose home it is.');
    const done = call.wait(
      async () => {
        const character = world.get(characterId);
        if (!character || character.kind !== 'character') throw new ObjectNotFoundError(`#${characterId} as a character`);
        requireControl(scope.commandActor, character);
        requireRoom(world, input.room);
        const before = world.homeOf(characterId);
        await world.setHome(characterId, input.room);
        return { character: characterId, before };
      },
      (changed) => world.setHome(changed.character, changed.before),
    );
    return { character: done.character, home: input.room, previous: done.before };
  },
});
