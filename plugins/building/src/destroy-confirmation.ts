// What @destroy asked a builder to confirm: kept in the plugin's KV store under
// `destroy:<character id>` with the object's id and when the question runs out (a minute on).
import { JSON, JsonWriter, intOf, kvDelete, kvGet, kvSet } from '../../pdk';

export const DESTROY_CONFIRM_WINDOW_MS: i64 = 60_000;

/** Whether the character was asked about this object and the minute has not run out. */
export function isConfirming(characterId: i64, objectId: i64, nowMs: i64): bool {
  const answer = kvGet(keyFor(characterId));
  if (!answer.ok || !answer.bool('found')) return false;
  const stored = JSON.parse(answer.str('value'));
  if (!stored.isObj) return false;
  const object = <JSON.Obj>stored;
  return intOf(object, 'object') == objectId && nowMs <= intOf(object, 'until');
}

/** Remembers the question; '' when stored, else the error. */
export function askToConfirm(characterId: i64, objectId: i64, nowMs: i64): string {
  const value = new JsonWriter().int('object', objectId).int('until', nowMs + DESTROY_CONFIRM_WINDOW_MS).end();
  const stored = kvSet(keyFor(characterId), value);
  return stored.ok ? '' : stored.errorMessage;
}

export function forgetConfirmation(characterId: i64): void {
  kvDelete(keyFor(characterId));
}

function keyFor(characterId: i64): string {
  return 'destroy:' + characterId.toString();
}
