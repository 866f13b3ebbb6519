// Each character's channel aliases (addcom), in the plugin's `channel_aliases` table: an alias
// names a channel, so `pub hello` talks on it. Aliases are per character and outlive restarts; a
// channel renamed takes its aliases along, and one deleted takes them away.
import { HostReply, JsonWriter, dbDelete, dbInsert, dbQuery, dbUpdate, strOf } from '../../pdk';

const ALIASES = 'channel_aliases';
export const MAX_ALIASES = 40;

export class ChannelAlias {
  constructor(
    public alias: string,
    public channel: string,
  ) {}
}

/** The channel the character's alias (lower case) names, '' when none, or null when unreadable. */
export function channelOfAlias(characterId: i64, alias: string): string | null {
  const answer = dbQuery(ALIASES, new JsonWriter().int('character', characterId).str('alias', alias).end(), '', 1);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  return rows.length == 0 ? '' : strOf(rows[0], 'channel');
}

/** The character's aliases by alias, or null when unreadable. */
export function aliasesOf(characterId: i64): ChannelAlias[] | null {
  const answer = dbQuery(ALIASES, new JsonWriter().int('character', characterId).end(), 'alias', MAX_ALIASES + 10);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const aliases: ChannelAlias[] = [];
  for (let i = 0; i < rows.length; i++) aliases.push(new ChannelAlias(strOf(rows[i], 'alias'), strOf(rows[i], 'channel')));
  return aliases;
}

export function addAlias(characterId: i64, alias: string, channel: string): HostReply {
  return dbInsert(ALIASES, new JsonWriter().int('character', characterId).str('alias', alias).str('channel', channel).end());
}

export function removeAlias(characterId: i64, alias: string): HostReply {
  return dbDelete(ALIASES, new JsonWriter().int('character', characterId).str('alias', alias).end());
}

/** Points everyone's aliases for a renamed channel at its new name: the refusal's message, or ''. */
export function renameAliasesOf(oldName: string, newName: string): string {
  const moved = dbUpdate(ALIASES, new JsonWriter().str('channel', oldName).end(), new JsonWriter().str('channel', newName).end());
  return moved.ok ? '' : moved.errorMessage;
}

/** Deletes everyone's aliases for a deleted channel: the refusal's message, or ''. */
export function deleteAliasesOf(channel: string): string {
  const deleted = dbDelete(ALIASES, new JsonWriter().str('channel', channel).end());
  return deleted.ok ? '' : deleted.errorMessage;
}
