// give <player>=<thing>: hands a thing the actor carries to a player in the same room. As in
// PennMUSH, the thing's give lock must pass the giver, the recipient's from lock (@lock/from) the
// giver, and the recipient's receive lock (@lock/receive) the thing itself. Both are told.
import { Command, fail, lookUp, moveObject, reply, send } from '../../../pdk';
import { passesLock } from '../reach';

export function cmd_give(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const thingName = command.arg('thing');
  if (isWholeNumber(thingName)) return fail('Hearth has no money to give: you can give things you carry.');
  const recipientFound = lookUp(command.arg('player'));
  if (!recipientFound.ok) return fail(recipientFound.error);
  const recipient = recipientFound.value!;
  if (!recipient.isCharacter) return fail('You can only give things to players; ' + recipient.label + ' is not one.');
  if (recipient.id == actor.id) return fail('You already have it.');
  if (recipient.location != actor.location) return fail(recipient.name + ' is not here.');
  const thingFound = lookUp(thingName);
  if (!thingFound.ok) return fail(thingFound.error);
  const thing = thingFound.value!;
  if (thing.location != actor.id) return fail("You don't have " + thing.name + '.');
  if (!thing.isThing) return fail('You can only give things; ' + thing.label + ' is not one.');
  if (!passesLock(thing, 'Give', actor.id)) return fail("You can't give " + thing.name + ' away.');
  if (!passesLock(recipient, 'From', actor.id)) return fail(recipient.name + ' does not accept things from you.');
  if (!passesLock(recipient, 'Receive', thing.id)) return fail(recipient.name + ' does not want ' + thing.name + '.');
  const moved = moveObject(thing.id, recipient.id);
  if (!moved.ok) return fail(moved.errorMessage);
  send(recipient.id, actor.name + ' gave you ' + thing.name + '.');
  return reply('You gave ' + thing.name + ' to ' + recipient.name + '.');
}

function isWholeNumber(text: string): bool {
  const trimmed = text.trim();
  if (trimmed.length == 0 || trimmed.length > 12) return false;
  for (let i = 0; i < trimmed.length; i++) if (trimmed.charCodeAt(i) < 48 || trimmed.charCodeAt(i) > 57) return false;
  return true;
}
