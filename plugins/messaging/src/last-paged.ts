// Whom each character paged last, kept in the plugin's KV store (`last-paged:<id>`), so `page
// <message>` can page the same people again, even after a restart.
import { JSON, JsonWriter, kvGet, kvSet, stringsIn } from '../../pdk';

/** The names the character paged last; empty when it has paged no one (or the store answered nothing). */
export function lastPaged(characterId: i64): string[] {
  const answer = kvGet(keyFor(characterId));
  if (!answer.ok || !answer.bool('found')) return [];
  const stored = JSON.parse(answer.str('value'));
  if (!stored.isObj) return [];
  return stringsIn((<JSON.Obj>stored).getArr('names'));
}

/** Remembers the names; the error message when the store refused, else ''. */
export function rememberPaged(characterId: i64, names: string[]): string {
  const answer = kvSet(keyFor(characterId), new JsonWriter().strs('names', names).end());
  return answer.ok ? '' : answer.errorMessage;
}

function keyFor(characterId: i64): string {
  return 'last-paged:' + characterId.toString();
}
