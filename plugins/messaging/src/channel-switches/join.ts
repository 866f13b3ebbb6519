// @channel/join <name>: start receiving a channel, seeing its latest lines; its members hear that
// you joined. The banned may not join, nor anyone uninvited a private channel.
import { Actor, fail, reply } from '../../../pdk';
import { findChannel } from '../channel-access';
import { joinChannel } from '../channel-joining';

export function joinSwitch(actor: Actor, typed: string): i32 {
  const found = findChannel(actor, typed);
  if (!found.ok) return fail(found.error);
  const joined = joinChannel(actor, found.value!);
  return joined.ok ? reply(joined.text) : fail(joined.error);
}
