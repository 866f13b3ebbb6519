// @channel/leave <name>: stop receiving a channel; its members hear that you left.
import { Actor, fail, reply } from '../../../pdk';
import { findChannel } from '../channel-access';
import { leaveChannel } from '../channel-joining';

export function leaveSwitch(actor: Actor, typed: string): i32 {
  const found = findChannel(actor, typed);
  if (!found.ok) return fail(found.error);
  const left = leaveChannel(actor, found.value!);
  return left.ok ? reply(left.text) : fail(left.error);
}
