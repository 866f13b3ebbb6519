// @channel/create <name>[=<description>]: a new channel, owned by its creator, who joins it. Who
// may create channels is the game's choice (`create_role`: builders and admins unless set).
import { Actor, E_TABLE_CONSTRAINT, fail, listen, reply } from '../../../pdk';
import { NAME_RULE, channelStream, isChannelName } from '../channel-name';
import { holdersOf, roleRank } from '../channel-roles';
import { creatorRole } from '../channel-settings';
import { insertChannel, queryChannel } from '../channels-table';
import { SwitchArguments } from '../switch-arguments';

export const MAX_DESCRIPTION = 200;

export function createChannel(actor: Actor, rest: string): i32 {
  const role = creatorRole();
  if (roleRank(actor.role) < roleRank(role)) return fail('Permission denied: only ' + holdersOf(role) + ' may create channels.');
  const args = SwitchArguments.of(rest);
  const typed = args.channel;
  const description = args.value;
  if (typed.length == 0) return fail('What should the channel be called? Use @channel/create <name>.');
  if (!isChannelName(typed)) return fail(NAME_RULE);
  if (description.length > MAX_DESCRIPTION) return fail('A channel description may be at most ' + MAX_DESCRIPTION.toString() + ' characters.');
  // Everyone reads descriptions in @channel/list; escape codes in one would repaint their screens.
  if (hasControlCharacter(description)) return fail('A channel description may not contain control characters.');

  const name = typed.toLowerCase();
  const existing = queryChannel(name);
  if (!existing.ok) return fail(existing.errorMessage);
  if (existing.objects('rows').length > 0) return fail(alreadyThere(name));
  const inserted = insertChannel(name, description, actor.id);
  if (!inserted.ok) return fail(inserted.errorCode == E_TABLE_CONSTRAINT ? alreadyThere(name) : inserted.errorMessage);
  const joined = listen(channelStream(name), true);
  if (!joined.ok) return fail(joined.errorMessage);
  return reply('Channel ' + name + ' created. You have joined it.');
}

/** Also the refusal of a rename to a name in use. */
export function alreadyThere(name: string): string {
  return 'There is already a channel called "' + name + '".';
}

function hasControlCharacter(text: string): bool {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
