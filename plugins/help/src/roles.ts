// Roles in order of what they may do: player < builder < admin.

/** 0 for player (and any role Hearth does not know), 1 for builder, 2 for admin. */
export function roleRank(role: string): i32 {
  if (role == 'admin') return 2;
  if (role == 'builder') return 1;
  return 0;
}
