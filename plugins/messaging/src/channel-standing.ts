// How a character ranks on one channel, for deciding who may do what to whom: admins above the
// channel's owner, the owner above its operators, operators above everyone else. Nobody acts on
// someone of their own rank or higher, so operators cannot silence each other or the owner.
import { Found } from '../../pdk';
import { BANNED, INVITED, MUTED, OPERATOR, marksOf } from './channel-marks';
import { RECORDS_UNREADABLE } from './channel-access';
import { Channel } from './channels-table';

export const RANK_MEMBER = 1;
export const RANK_OPERATOR = 2;
export const RANK_OWNER = 3;
export const RANK_ADMIN = 4;

export class Standing {
  constructor(
    public characterId: i64,
    public role: string,
    public isOwner: bool,
    public marks: string[],
  ) {}

  get isAdmin(): bool {
    return this.role == 'admin';
  }

  get isOperator(): bool {
    return this.marks.includes(OPERATOR);
  }

  get isBanned(): bool {
    return this.marks.includes(BANNED);
  }

  get isMuted(): bool {
    return this.marks.includes(MUTED);
  }

  get isInvited(): bool {
    return this.marks.includes(INVITED);
  }

  get rank(): i32 {
    if (this.isAdmin) return RANK_ADMIN;
    if (this.isOwner) return RANK_OWNER;
    if (this.isOperator) return RANK_OPERATOR;
    return RANK_MEMBER;
  }

  /** Mute, kick, ban, invite: the owner, operators and admins. */
  get canModerate(): bool {
    return this.rank >= RANK_OPERATOR;
  }

  /** Operators, privacy, role, name, owner, deletion: the owner and admins. */
  get canManage(): bool {
    return this.rank >= RANK_OWNER;
  }

  /** "an admin", "its owner", "an operator of it" or "a member": why someone outranks. */
  get title(): string {
    const rank = this.rank;
    if (rank == RANK_ADMIN) return 'an admin';
    if (rank == RANK_OWNER) return 'its owner';
    if (rank == RANK_OPERATOR) return 'an operator of it';
    return 'a member';
  }
}

/** Where the character (of `role`) stands on `channel`, or why that cannot be read now. */
export function standingOn(channel: Channel, characterId: i64, role: string): Found<Standing> {
  const marks = marksOf(channel.name, characterId);
  if (marks === null) return new Found<Standing>(null, '', RECORDS_UNREADABLE);
  return new Found<Standing>(new Standing(characterId, role, channel.owner == characterId, marks), '', '');
}
