// The board an admin asked +bbcleargroup to remove, waiting for +bbconfirm: kept in the plugin's
// KV store under `clear:<character id>` with the board's id and when the offer runs out.
import { JSON, JsonWriter, intOf, kvDelete, kvGet, kvSet } from '../../pdk';
import { Board } from './boards-table';
import { CONFIRM_WINDOW_MS } from './limits';

export class PendingRemoval {
  constructor(
    public boardId: i64,
    public untilMs: i64,
  ) {}
}

/** Offers the board's removal until `nowMs` + 60 s. '' when stored, else the error. */
export function offerRemoval(characterId: i64, board: Board, nowMs: i64): string {
  const value = new JsonWriter().int('board', board.id).int('until', nowMs + CONFIRM_WINDOW_MS).end();
  const stored = kvSet(keyFor(characterId), value);
  return stored.ok ? '' : stored.errorMessage;
}

/** The removal the character was offered, or null when none (or the store answered nothing). */
export function pendingRemoval(characterId: i64): PendingRemoval | null {
  const answer = kvGet(keyFor(characterId));
  if (!answer.ok || !answer.bool('found')) return null;
  const stored = JSON.parse(answer.str('value'));
  if (!stored.isObj) return null;
  const object = <JSON.Obj>stored;
  return new PendingRemoval(intOf(object, 'board'), intOf(object, 'until'));
}

/** '' when forgotten, else the error. */
export function forgetRemoval(characterId: i64): string {
  const deleted = kvDelete(keyFor(characterId));
  return deleted.ok ? '' : deleted.errorMessage;
}

function keyFor(characterId: i64): string {
  return 'clear:' + characterId.toString();
}
