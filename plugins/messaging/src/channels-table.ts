// The channel list, kept in this plugin's `channels` table (manifest.yaml). Who is on a
// channel is not here: that is the core's listening on `channel:<name>`.
import { HostReply, JSON, JsonWriter, dbInsert, dbQuery, intOf, strOf } from '../../pdk';
import { isChannelName, noSuchChannel } from './channel-name';

const CHANNELS = 'channels';
// More channels than anyone reads in a list; the host allows up to 1000 rows a query.
const MAX_LISTED = 1000;

export class Channel {
  constructor(
    public name: string,
    public description: string,
    public owner: i64,
  ) {}

  static read(row: JSON.Obj): Channel {
    return new Channel(strOf(row, 'name'), strOf(row, 'description'), intOf(row, 'owner'));
  }
}

/** The channel found, or `error` saying what to tell the player. */
export class ChannelLookup {
  constructor(
    public channel: Channel | null,
    public error: string,
  ) {}
}

/** The channel a player named, in any case; names that break the rule simply match none. */
export function lookUpChannel(typed: string): ChannelLookup {
  if (!isChannelName(typed)) return new ChannelLookup(null, noSuchChannel(typed));
  const answer = queryChannel(typed.toLowerCase());
  if (!answer.ok) return new ChannelLookup(null, answer.errorMessage);
  const rows = answer.objects('rows');
  if (rows.length == 0) return new ChannelLookup(null, noSuchChannel(typed));
  return new ChannelLookup(Channel.read(rows[0]), '');
}

/** The row of the channel `name` (lower case) in `rows`: none or one. */
export function queryChannel(name: string): HostReply {
  return dbQuery(CHANNELS, new JsonWriter().str('name', name).end(), '', 1);
}

/** Every channel by name, or null when the table could not be read. */
export function allChannels(): Channel[] | null {
  const answer = dbQuery(CHANNELS, '{}', 'name', MAX_LISTED);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const channels: Channel[] = [];
  for (let i = 0; i < rows.length; i++) channels.push(Channel.read(rows[i]));
  return channels;
}

/** Adds a channel; `created_at` is the database's clock (plugins have none). */
export function insertChannel(name: string, description: string, owner: i64): HostReply {
  return dbInsert(CHANNELS, new JsonWriter().str('name', name).str('description', description).int('owner', owner).end());
}
