// The channel list, kept in this plugin's `channels` table (manifest.yaml): each channel's name,
// description, owner, whether it is invitation-only, the least role it is kept to, and when its
// old lines were last pruned. Who is on a channel is not here: that is the core's listening on
// `channel:<name>`.
import { Found, HostReply, JSON, JsonWriter, boolOf, dbDelete, dbInsert, dbQuery, dbUpdate, intOf, strOf } from '../../pdk';
import { isChannelName, noSuchChannel } from './channel-name';

const CHANNELS = 'channels';
// More channels than anyone reads in a list; the host allows up to 1000 rows a query.
const MAX_LISTED = 1000;

export class Channel {
  constructor(
    public name: string,
    public description: string,
    public owner: i64,
    /** Joined by invitation only. */
    public inviteOnly: bool,
    /** The least role that may see, join and talk on it; '' for everyone. */
    public minRole: string,
    /** The last day (since 1970, UTC) its expired lines were pruned. */
    public prunedDay: i64,
    public createdAt: string,
  ) {}

  static read(row: JSON.Obj): Channel {
    return new Channel(
      strOf(row, 'name'),
      strOf(row, 'description'),
      intOf(row, 'owner'),
      boolOf(row, 'invite_only'),
      strOf(row, 'min_role'),
      intOf(row, 'pruned_day'),
      strOf(row, 'created_at'),
    );
  }

  /** The row as stored, under another name (a rename writes the same channel anew). */
  rowNamed(name: string): string {
    const writer = new JsonWriter()
      .str('name', name)
      .str('description', this.description)
      .int('owner', this.owner)
      .bool('invite_only', this.inviteOnly)
      .str('min_role', this.minRole)
      .int('pruned_day', this.prunedDay);
    if (this.createdAt.length > 0) writer.str('created_at', this.createdAt);
    return writer.end();
  }
}

/**
 * The channel a player named, in any case, whoever may see it; names that break the rule simply
 * match none. Commands look channels up through channel-access.ts, which hides restricted ones.
 */
export function lookUpChannel(typed: string): Found<Channel> {
  if (!isChannelName(typed)) return new Found<Channel>(null, '', noSuchChannel(typed));
  const answer = queryChannel(typed.toLowerCase());
  if (!answer.ok) return new Found<Channel>(null, answer.errorCode, answer.errorMessage);
  const rows = answer.objects('rows');
  if (rows.length == 0) return new Found<Channel>(null, '', noSuchChannel(typed));
  return new Found<Channel>(Channel.read(rows[0]), '', '');
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

/** Stores the channel under a new name: a new row, then the old one gone (the key never changes in place). */
export function renameChannelRow(channel: Channel, newName: string): HostReply {
  const inserted = dbInsert(CHANNELS, channel.rowNamed(newName));
  if (!inserted.ok) return inserted;
  return deleteChannelRow(channel.name);
}

/** Changes columns of one channel's row; `valuesJson` as for dbUpdate. */
export function updateChannel(name: string, valuesJson: string): HostReply {
  return dbUpdate(CHANNELS, new JsonWriter().str('name', name).end(), valuesJson);
}

export function deleteChannelRow(name: string): HostReply {
  return dbDelete(CHANNELS, new JsonWriter().str('name', name).end());
}
