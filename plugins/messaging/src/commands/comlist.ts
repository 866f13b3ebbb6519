// comlist: the player's channel aliases in a table: alias, channel, and their status there.
import { Command, TextTable, fail, reply } from '../../../pdk';
import { RECORDS_UNREADABLE, canSee } from '../channel-access';
import { aliasesOf } from '../channel-aliases';
import { isOnChannel } from '../channel-membership';
import { standingOn } from '../channel-standing';
import { lookUpChannel } from '../channels-table';

export function cmd_comlist(): i32 {
  const actor = Command.read().actor;
  const aliases = aliasesOf(actor.id);
  if (aliases === null) return fail(RECORDS_UNREADABLE);
  if (aliases!.length == 0) return reply('You have no channel aliases. Add one with addcom <alias>=<channel>.');
  const table = new TextTable(['Alias', 'Channel', 'Status'], [false, false, false]);
  for (let i = 0; i < aliases!.length; i++) {
    const entry = aliases![i];
    table.add([entry.alias, entry.channel, statusOn(actor.id, actor.role, entry.channel)]);
  }
  return reply(table.toString());
}

/** on, "on, muted", off, banned, or gone (the channel is no longer there for them). */
function statusOn(characterId: i64, role: string, name: string): string {
  const found = lookUpChannel(name);
  if (!found.ok || !canSee(role, found.value!)) return 'gone';
  const standing = standingOn(found.value!, characterId, role);
  if (!standing.ok) return '?';
  if (standing.value!.isBanned) return 'banned';
  if (!isOnChannel(characterId, name)) return 'off';
  return standing.value!.isMuted ? 'on, muted' : 'on';
}
