// @destroy[/override] <object>: destroys a room, exit or thing the actor controls, once confirmed.
// The first @destroy says what would go and asks for the same command again within a minute;
// /override skips the question (and is needed for a SAFE object). The world refuses characters
// and the starting room; its reason is shown as it comes. What the room held is seen to in
// destroy-effects.ts, and the builder is told what happened to each.
import { Command, ObjectView, destroyObject, fail, lookUpControlled, reply, unixMs } from '../../../pdk';
import { askToConfirm, forgetConfirmation, isConfirming } from '../destroy-confirmation';
import { DestroyEffects } from '../destroy-effects';
import { hasFlag } from '../reach';

export function cmd_destroy(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUpControlled(actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  // The world refuses these too; saying so before asking spares a pointless question.
  if (object.isCharacter) return fail('Characters are removed with their accounts.');
  const overriding = command.switches.includes('override');
  if (!overriding && hasFlag(object, 'SAFE')) return fail(object.label + ' is SAFE. Use @destroy/override to destroy it.');
  const effects = DestroyEffects.of(object);
  const now = unixMs();
  if (!overriding && !isConfirming(actor.id, object.id, now)) {
    const asked = askToConfirm(actor.id, object.id, now);
    if (asked.length > 0) return fail(asked);
    return reply(question(object, effects));
  }
  forgetConfirmation(actor.id);
  effects.evacuate(actor, object);
  // Destroying cannot be undone, so it is the last change; notices follow it.
  const destroyed = destroyObject(object.id);
  if (!destroyed.ok) return fail(destroyed.errorMessage);
  effects.notifyEntranceOwners(actor, object);
  return reply(effects.report(object));
}

function question(object: ObjectView, effects: DestroyEffects): string {
  const summary = effects.summary();
  return (
    'Are you sure you want to destroy ' + object.label + '?' + (summary.length > 0 ? ' ' + summary : '') +
    '\nType @destroy ' + object.reference + ' again within a minute to destroy it.'
  );
}
