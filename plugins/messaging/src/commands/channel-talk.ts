// +<channel> <message>: talk on a channel you are on; `:` and `;` make it a pose. Every member,
// the talker included, sees the line as it arrives on the channel, so there is no reply.
import { Command, JsonWriter, done, emit, fail } from '../../../pdk';
import { channelStream, notOnChannel } from '../channel-name';
import { isOnChannel } from '../channel-membership';
import { lookUpChannel } from '../channels-table';
import { Speech } from '../speech';

export function cmd_channel_talk(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUpChannel(command.arg('channel'));
  const channel = found.channel;
  if (channel === null) return fail(found.error);
  if (!isOnChannel(actor.id, channel.name)) return fail(notOnChannel(channel.name));
  const speech = Speech.of(command.arg('message'));
  if (speech.isEmpty) return fail('What do you want to say on ' + channel.name + '? Use +' + channel.name + ' <message>.');
  const tag = '[' + channel.name + '] ';
  const text = speech.isPose ? tag + speech.posedBy(actor.name) : tag + actor.name + ' says, "' + speech.body + '"';
  const payload = new JsonWriter()
    .str('channel', channel.name)
    .str('talker', actor.name)
    .str('message', speech.body)
    .bool('pose', speech.isPose)
    .str('text', text)
    .end();
  const said = emit(channelStream(channel.name), 'channel.message', payload);
  if (!said.ok) return fail(said.errorMessage);
  return done();
}
