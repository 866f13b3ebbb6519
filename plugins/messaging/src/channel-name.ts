// Channel names: 1-32 of a-z, 0-9, `_` and `-`, the same whatever case the player types. The
// rule is the core's rule for `channel:<name>` streams, so every valid name is a stream.
import { shown } from './shown';

export const MAX_CHANNEL_NAME = 32;
export const NAME_RULE = 'Channel names are 1 to 32 letters, digits, "_" or "-", such as ooc or trade-talk.';

/**
 * Whether `name` is a channel name. Checked before lower-casing: `toLowerCase` turns a few
 * non-ASCII letters (the Kelvin sign) into ASCII ones, which must not sneak into a name.
 */
export function isChannelName(name: string): bool {
  if (name.length == 0 || name.length > MAX_CHANNEL_NAME) return false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    const digit = code >= 0x30 && code <= 0x39;
    if (!letter && !digit && code != 0x5f && code != 0x2d) return false;
  }
  return true;
}

/** The stream a channel's events live on, and its members listen to. */
export function channelStream(name: string): string {
  return 'channel:' + name;
}

export function noSuchChannel(name: string): string {
  return 'There is no channel called "' + shown(name) + '". See @channel/list.';
}

export function notOnChannel(name: string): string {
  return 'You are not on channel ' + name + '.';
}
