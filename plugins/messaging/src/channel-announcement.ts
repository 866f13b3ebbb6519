// The lines a channel's members see when someone joins or leaves it.
import { Actor, HostReply, JsonWriter, emit } from '../../pdk';
import { channelStream } from './channel-name';

/** Emits `channel.<type>` on the channel: `[public] Alice <what>.` */
export function announce(channel: string, actor: Actor, type: string, what: string): HostReply {
  const text = '[' + channel + '] ' + actor.name + ' ' + what + '.';
  const payload = new JsonWriter().str('channel', channel).int('character', actor.id).str('name', actor.name).str('text', text).end();
  return emit(channelStream(channel), 'channel.' + type, payload);
}
