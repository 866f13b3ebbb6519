// @boot <name>: disconnects every session of a connected character.
import { Command, boot, fail, reply } from '../../../pdk';
import { lookUpCharacter } from '../character-lookup';

export function cmd_boot(): i32 {
  const command = Command.read();
  const found = lookUpCharacter(command.arg('name'));
  if (!found.ok) return fail(found.error);
  const target = found.value!;
  if (target.id == command.actor.id) return fail("You can't boot yourself.");
  if (!target.connected) return fail(target.name + ' is not connected.');
  const booted = boot(target.id, 'You have been booted by ' + command.actor.name + '.');
  if (!booted.ok) return fail(booted.errorMessage);
  return reply('You booted ' + target.name + '.');
}
