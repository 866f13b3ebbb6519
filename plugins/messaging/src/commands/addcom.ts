// addcom <alias>=<channel>: an alias of the player's own for a channel, so `<alias> <message>`
// talks on it (TinyMUX's comsys); joins the channel too when they are not on it.
import { Command, E_COMMAND_UNKNOWN, fail, queryCommands, reply, strOf } from '../../../pdk';
import { ALIAS_RULE, isAliasName, isCoreWord } from '../alias-name';
import { RECORDS_UNREADABLE, findChannel } from '../channel-access';
import { MAX_ALIASES, addAlias, aliasesOf, channelOfAlias } from '../channel-aliases';
import { joinChannel } from '../channel-joining';
import { isOnChannel } from '../channel-membership';

export function cmd_addcom(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const typed = command.arg('alias');
  if (!isAliasName(typed)) return fail(ALIAS_RULE);
  const alias = typed.toLowerCase();
  const shadowed = commandNamed(alias);
  if (shadowed.length > 0) return fail(shadowed);
  const found = findChannel(actor, command.arg('channel'));
  if (!found.ok) return fail(found.error);
  const channel = found.value!;

  const current = channelOfAlias(actor.id, alias);
  if (current === null) return fail(RECORDS_UNREADABLE);
  if (current!.length > 0) return fail('You already have the alias ' + alias + ', for channel ' + current! + '. Remove it first with delcom ' + alias + '.');
  const aliases = aliasesOf(actor.id);
  if (aliases === null) return fail(RECORDS_UNREADABLE);
  if (aliases!.length >= MAX_ALIASES) return fail('You have ' + MAX_ALIASES.toString() + ' channel aliases, the most one may have; remove one with delcom first.');
  const added = addAlias(actor.id, alias, channel.name);
  if (!added.ok) return fail(added.errorMessage);

  const text = 'Channel ' + channel.name + ' added with alias ' + alias + '.';
  if (isOnChannel(actor.id, channel.name)) return reply(text);
  // Not allowed on the channel (banned, private): no alias either, since the call fails whole.
  const joined = joinChannel(actor, channel);
  if (!joined.ok) return fail(joined.error);
  return reply(text + '\n' + joined.text);
}

/** Why `alias` would be shadowed by a command, or '' when no command has that word. */
function commandNamed(alias: string): string {
  const reason = 'an alias by that name would never reach a channel. Choose another.';
  if (isCoreWord(alias)) return '"' + alias + '" is a word Hearth itself answers: ' + reason;
  const answer = queryCommands(alias);
  if (answer.ok) {
    const found = answer.obj('command');
    const name = found === null ? alias : strOf(found!, 'name');
    return '"' + alias + '" is a command' + (name == alias ? '' : ' (' + name + ')') + ': ' + reason;
  }
  if (answer.errorCode == E_COMMAND_UNKNOWN) return '';
  return answer.errorMessage;
}
