// What a player is told while Hearth cannot reach its database. Both say that nothing was done
// (so no one wonders whether a command half-happened) and that Hearth is already retrying; both
// end with the stable code of DatabaseUnavailableError.

export const COMMAND_REFUSED_DATABASE_DOWN =
  'Hearth cannot reach its database right now; your command was not carried out. It is retrying; try again in a moment. (E_DATABASE_UNAVAILABLE)';

export const LOGIN_REFUSED_DATABASE_DOWN =
  'Hearth cannot reach its database right now, so logging in and creating characters must wait; nothing was done. It is retrying; try again in a moment. (E_DATABASE_UNAVAILABLE)';
