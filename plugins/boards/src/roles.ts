// Who may read and post on a board goes by role. Roles rank player < builder < admin, and a board
// names the least role that may read it and the least that may post on it.

export const ROLES = 'player, builder or admin';

/** Whether `text` names a role, in lower case. */
export function isRole(text: string): bool {
  return text == 'player' || text == 'builder' || text == 'admin';
}

/** 0 for player (and anything unknown, the safe side), 1 for builder, 2 for admin. */
export function roleRank(role: string): i32 {
  if (role == 'admin') return 2;
  if (role == 'builder') return 1;
  return 0;
}

/** Whether `role` is at least `least`. */
export function reaches(role: string, least: string): bool {
  return roleRank(role) >= roleRank(least);
}
