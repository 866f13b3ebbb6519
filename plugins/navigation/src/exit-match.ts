// Which exit of a room a player means by a word such as `north` or `n`.
import { JSON, strOf, stringsIn } from '../../pdk';

/**
 * The exit named `wanted` (name or alias, ignoring case), or null. As with objects, a name beats
 * an alias; among equals the oldest exit (first listed) wins, so the choice never varies.
 */
export function findExit(exits: JSON.Obj[], wanted: string): JSON.Obj | null {
  const lower = wanted.trim().toLowerCase();
  if (lower.length == 0) return null;
  for (let i = 0; i < exits.length; i++) {
    if (strOf(exits[i], 'name').toLowerCase() == lower) return exits[i];
  }
  for (let i = 0; i < exits.length; i++) {
    const aliases = stringsIn(exits[i].getArr('aliases'));
    for (let j = 0; j < aliases.length; j++) if (aliases[j].toLowerCase() == lower) return exits[i];
  }
  return null;
}
