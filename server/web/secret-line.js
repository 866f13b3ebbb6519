// Lines that carry a password or a resume token: `connect <name> <password>`, `create ...`,
// `resume <token>`, and in the game `@password <old>=<new>` and `@newpassword <player>=<new>`.
// The command line hides them from the password on while they are typed, and they are never
// echoed or kept in the history.

const SECRET = /^\s*(connect|create|resume|@password|@newpassword)\s/i;

// The point from which a line may be showing a password: past the name (a word, or a quoted
// name), or at a space inside a quote still open; any resume token; all of @password's text;
// @newpassword's after the "=".
const PAST_THE_NAME = /^\s*(?:(?:connect|create)\s+(?:[^\s"]\S*\s|"[^"]*"\s|"[^"]*\s)|resume\s|@password\s|@newpassword\s[^=]*=)/i;

/** Never echoed, never kept in the history. */
export function holdsSecret(line) {
  return SECRET.test(line);
}

/** Hidden while typed: the name shows until the password starts. */
export function showsSecret(line) {
  return PAST_THE_NAME.test(line);
}

/**
 * The login line for a name and password as the form holds them. A name with spaces goes in
 * double quotes, so that the server refuses it with the reason rather than reading its second
 * word as the password; the password always does (it may hold spaces, and the server strips
 * exactly one quote from each end, so any password arrives as typed, less surrounding spaces).
 */
export function loginLine(verb, name, password) {
  return `${verb} ${/\s/.test(name) ? `"${name}"` : name} "${password}"`;
}
