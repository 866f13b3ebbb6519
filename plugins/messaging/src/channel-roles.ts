// The three roles a character can hold, ranked, for channels kept to a role and for who may
// create channels. The core's roles are player < builder < admin.

export const ROLE_RULE = 'Roles are player, builder and admin.';

/** 0 for player (or anything unknown), 1 for builder, 2 for admin. */
export function roleRank(role: string): i32 {
  if (role == 'admin') return 2;
  if (role == 'builder') return 1;
  return 0;
}

export function isRoleName(word: string): bool {
  return word == 'player' || word == 'builder' || word == 'admin';
}

/** "admins", "builders and admins", "everyone": who holds `role` or a higher one. */
export function holdersOf(role: string): string {
  if (role == 'admin') return 'admins';
  if (role == 'builder') return 'builders and admins';
  return 'everyone';
}
