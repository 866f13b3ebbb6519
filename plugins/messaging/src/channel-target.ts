// The `<channel>=<player>` the moderation and ownership switches take: the channel as the actor
// may see it, the player named, and where each of them stands on it. Checks shared by every such
// switch are made once here.
import { Actor, CharacterView, Found, character } from '../../pdk';
import { findChannel } from './channel-access';
import { Standing, standingOn } from './channel-standing';
import { Channel } from './channels-table';
import { shown } from './shown';
import { SwitchArguments } from './switch-arguments';

export class ChannelTarget {
  constructor(
    public channel: Channel,
    public actor: Standing,
    public target: CharacterView,
    public standing: Standing,
  ) {}

  /** Whether the actor names themself. */
  get isSelf(): bool {
    return this.target.id == this.actor.characterId;
  }

  /** Why the actor may not act on the target (`verb`: "mute"), or '' when they may: they must outrank them. */
  outrankRefusal(verb: string): string {
    if (this.isSelf) return "You can't " + verb + ' yourself.';
    if (this.standing.rank < this.actor.rank) return '';
    return "You can't " + verb + ' ' + this.target.name + ' on ' + this.channel.name + ': ' + this.target.name + ' is ' + this.standing.title + '.';
  }
}

/** Reads `<channel>=<player>` for `@channel/<action>`; a refusal names the form to use. */
export function channelTarget(actor: Actor, rest: string, action: string): Found<ChannelTarget> {
  const args = SwitchArguments.of(rest);
  if (args.channel.length == 0 || args.value.length == 0) {
    return new Found<ChannelTarget>(null, '', 'Use @channel/' + action + ' <channel>=<player>.');
  }
  const found = findChannel(actor, args.channel);
  if (!found.ok) return found.refusal<ChannelTarget>();
  const channel = found.value!;
  const named = character(args.value).notFoundAs('I don\'t recognize "' + shown(args.value) + '".');
  if (!named.ok) return named.refusal<ChannelTarget>();
  const target = named.value!;
  const actorStanding = standingOn(channel, actor.id, actor.role);
  if (!actorStanding.ok) return actorStanding.refusal<ChannelTarget>();
  const targetStanding = standingOn(channel, target.id, target.role);
  if (!targetStanding.ok) return targetStanding.refusal<ChannelTarget>();
  return new Found<ChannelTarget>(new ChannelTarget(channel, actorStanding.value!, target, targetStanding.value!), '', '');
}
