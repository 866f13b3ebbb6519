// Talking on a channel, as `+<channel> <message>` and `<alias> <message>` both do: members only,
// not while muted, a message of at most 2000 characters; `:` and `;` make it a pose. Every
// member, the talker included, sees the line as it arrives on the channel, so there is no reply.
import { Actor, JsonWriter, characterCount, done, fail } from '../../pdk';
import { RECORDS_UNREADABLE } from './channel-access';
import { broadcast } from './channel-broadcast';
import { isOnChannel } from './channel-membership';
import { notOnChannel } from './channel-name';
import { pruneExpiredLines } from './channel-retention';
import { standingOn } from './channel-standing';
import { Channel } from './channels-table';
import { Speech } from './speech';

export const MAX_MESSAGE = 2000;

/** Says `typed` on the channel for the actor; `form` is how they talk there (`+public`, `pub`). */
export function talkOn(actor: Actor, channel: Channel, typed: string, form: string): i32 {
  if (!isOnChannel(actor.id, channel.name)) return fail(notOnChannel(channel.name));
  const standing = standingOn(channel, actor.id, actor.role);
  if (!standing.ok) return fail(RECORDS_UNREADABLE);
  if (standing.value!.isMuted) return fail('You are muted on channel ' + channel.name + ': you may listen, but not talk.');
  const speech = Speech.of(typed);
  if (speech.isEmpty) return fail('What do you want to say on ' + channel.name + '? Use ' + form + ' <message>.');
  if (characterCount(speech.body) > MAX_MESSAGE) return fail('A channel message may be at most ' + MAX_MESSAGE.toString() + ' characters.');
  const tag = '[' + channel.name + '] ';
  const text = speech.isPose ? tag + speech.posedBy(actor.name) : tag + actor.name + ' says, "' + speech.body + '"';
  const payload = new JsonWriter().str('channel', channel.name).str('talker', actor.name).str('message', speech.body).bool('pose', speech.isPose);
  pruneExpiredLines(channel);
  const refused = broadcast(channel, 'channel.message', payload, text);
  if (refused.length > 0) return fail(refused);
  return done();
}
