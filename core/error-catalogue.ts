// The catalogue of Hearth's error codes: every code Hearth answers with, and what it means.
// core/errors.ts re-exports it beside the error classes; docs/errors.md says what to do about
// each, and the codes a plugin can meet are generated into the plugin kit
// (scripts/generate-kit-errors.ts). This file imports nothing, so the kit's generator can read it
// anywhere.

interface ErrorSpec {
  /** What the code means, in one line. */
  meaning: string;
  /** A plugin can meet it: a host function answers it, or the kit makes it. */
  plugins?: true;
}

export const ERROR_CATALOGUE = {
  // Configuration and operations
  E_CONFIG_INVALID: { meaning: 'A setting (environment variable or command-line value) is malformed or out of its bounds.' },
  E_TLS_INVALID: { meaning: 'A TLS certificate or key cannot be read, is not PEM, or the two do not belong together.' },
  E_DATA_DIR_MISSING: { meaning: 'The CLI was pointed at a data folder holding no database, and not told to create one.' },
  E_SERVER_RUNNING: { meaning: 'A server runs on the data folder but its admin API does not answer, so the command cannot act.' },
  E_DATABASE_INIT: { meaning: 'Creating the embedded (PGlite) database in the data folder failed.' },
  E_DATABASE_UNAVAILABLE: { meaning: 'The database cannot be reached right now; nothing was changed.', plugins: true },
  E_BACKUP_INVALID: { meaning: 'The file is not a Hearth backup, or it is damaged.' },
  E_BACKUP_MISMATCH: { meaning: 'The backup does not fit this Hearth (other database kind, no plugin folder).' },
  E_BACKUP_TOOL_MISSING: { meaning: 'pg_dump or pg_restore is missing, or older than the PostgreSQL server.' },
  E_BACKUP_FAILED: { meaning: 'A backup could not be made, written or received.' },
  E_RESTORE_TARGET_NOT_EMPTY: { meaning: 'The database or plugin folder to restore into already holds data.' },

  // The cluster (gateways and a core over NATS)
  E_CLUSTER_MESSAGE_INVALID: { meaning: 'A message on a cluster subject is malformed, oversized or forged; it was refused and logged.' },
  E_CLUSTER_UNKNOWN_SESSION: { meaning: 'The core holds no session for the connection a gateway named (it restarted, or the session ended).' },
  E_CLUSTER_UNAVAILABLE: { meaning: 'No core answered a gateway over NATS in time, or its answer was not a reply.' },

  // Admin HTTP API and the CLI that calls it
  E_UNAUTHORIZED: { meaning: 'An admin HTTP request came without the admin token (or from an address not allowed).' },
  E_REQUEST_INVALID: { meaning: 'An admin API request is not the JSON object the route expects.' },
  E_REQUEST_TOO_LARGE: { meaning: 'An admin API request body is larger than the server accepts.' },
  E_API: { meaning: 'The admin API refused a CLI request without naming a code Hearth knows.' },
  E_INTERNAL: { meaning: 'Something failed inside Hearth that has no code of its own; it is logged.' },

  // Accounts and login
  E_NAME_INVALID: { meaning: 'A name breaks the naming rules (length, characters) for what it names.' },
  E_NAME_TAKEN: { meaning: 'Another account or character already has that name (in any case).' },
  E_CHARACTER_LIMIT: { meaning: 'The account already has as many characters as the server allows one account.' },
  E_PASSWORD_INVALID: { meaning: 'A new password is too short, too long or otherwise refused.' },
  E_LOGIN_FAILED: { meaning: 'No such player, or a wrong password (deliberately the same answer).' },
  E_ACCOUNT_LOCKED: { meaning: 'The account is locked for a while after repeated failed logins.' },
  E_LOGIN_THROTTLED: { meaning: 'Too many failed logins came from one address; it must wait.' },
  E_ACCOUNT_UNKNOWN: { meaning: 'No account has that name.' },
  E_PASSWORD_WRONG: { meaning: 'The old password given to change a password is not the current one.' },
  E_SIGNUP_THROTTLED: { meaning: 'Too many accounts were created from one address within the window.' },

  // World
  E_OBJECT_NOT_FOUND: { meaning: 'No object, room or character matches the id or name given.', plugins: true },
  E_OBJECT_AMBIGUOUS: { meaning: 'A name matches more than one object nearby.', plugins: true },
  E_WRONG_KIND: { meaning: 'The object named was found, but is not the kind the command needs (a room, an exit).', plugins: true },
  E_NAME_TOO_LONG: { meaning: 'A name to look up is longer than any name of its kind can be, so it cannot match.', plugins: true },
  E_WORLD_RULE: { meaning: "The world's rules refuse the change (a malformed object name, moving a room, a thing inside itself).", plugins: true },
  E_ATTRIBUTE_INVALID: { meaning: 'An attribute value does not fit what a plugin declared for that key.', plugins: true },
  E_NOT_CONNECTED: { meaning: 'The character named is not connected.', plugins: true },
  E_ATTRIBUTE_NAME: { meaning: 'An attribute name is empty, longer than 64 characters, or uses a character attribute names may not.', plugins: true },
  E_ATTRIBUTE_TOO_LONG: { meaning: 'An attribute value is longer than 8 KiB.', plugins: true },
  E_ATTRIBUTE_NOT_FOUND: { meaning: 'The object has no attribute of that name (to flag or change).', plugins: true },
  E_FLAG_UNKNOWN: { meaning: 'A flag (object or attribute) is not one Hearth knows.', plugins: true },
  E_PARENT_LOOP: { meaning: 'A parent would make an object its own ancestor, or a parent chain longer than 10.', plugins: true },

  // Locks
  E_LOCK_SYNTAX: { meaning: 'A lock key cannot be read: an operator without a key, an unclosed parenthesis, an unknown form.', plugins: true },
  E_LOCK_TOO_COMPLEX: { meaning: 'A lock key is longer, more deeply nested or holds more keys than a lock may.', plugins: true },
  E_LOCK_TYPE_UNKNOWN: { meaning: 'A lock type, such as the switch of @lock/<type>, is not one Hearth knows.', plugins: true },

  // Events
  E_STREAM_INVALID: { meaning: 'A stream name is not location:<id>, character:<id>, channel:<name> or system.' },
  E_EVENT_TYPE_INVALID: { meaning: 'An event type is not lower-case letters, digits and . _ : - (at most 64).' },
  E_EVENT_TOO_LARGE: { meaning: 'An event payload is larger than the limit.', plugins: true },
  E_EVENT_TOO_DEEP: { meaning: 'An event payload nests objects or arrays deeper than the limit.', plugins: true },

  // Plugins: manifests and loading
  E_MANIFEST_INVALID: { meaning: 'A plugin manifest has a missing, unknown or malformed field.' },
  E_PATTERN_INVALID: { meaning: "A command's pattern in a manifest cannot be compiled." },
  E_EXPORT_MISSING: { meaning: "The manifest names a handler the plugin's wasm does not export." },
  E_MODULE_INVALID: { meaning: "A plugin's wasm file is missing, unreadable, or not a module the engine compiles." },
  E_WASM_INVALID: { meaning: "A plugin's wasm breaks the format or uses a feature Hearth does not run." },
  E_IMPORT_UNKNOWN: { meaning: 'A plugin imports a host function Hearth does not provide.' },
  E_PLUGIN_INTERFACE: { meaning: 'A plugin was built for another plugin interface than the one this Hearth speaks (or names none).' },
  E_LOAD_ORDER_CYCLE: { meaning: "Plugins' depends/before/after entries form a cycle." },
  E_DEPENDENCY_MISSING: { meaning: 'A plugin depends on a plugin that is not installed or could not be loaded.' },
  E_DEPENDENCY_VERSION: { meaning: 'A plugin depends on a version of another plugin that is not the one present.' },
  E_PLUGIN_CONFLICT: { meaning: 'A plugin declares a conflict with a plugin that is present.' },
  E_PLUGIN_TABLE_TAKEN: { meaning: "A plugin table's database name is already owned by another plugin." },
  E_PLUGIN_MIGRATION: { meaning: "A plugin's tables could not be created or changed to its manifest's schema." },

  // Plugins: administration
  E_PLUGIN_UNKNOWN: { meaning: 'No plugin has that name.', plugins: true },
  E_PLUGIN_SELF: { meaning: 'A plugin tried to disable or remove itself.', plugins: true },
  E_PLUGIN_BUNDLED: { meaning: 'A bundled plugin cannot be removed, only disabled.', plugins: true },
  E_PLUGIN_CONFIG: { meaning: 'A plugin setting is not one its manifest declares, or its value is too long.', plugins: true },
  E_PLUGIN_INSTALL: { meaning: 'A plugin cannot be installed (each problem is listed with its own code).', plugins: true },
  E_PLUGIN_SOURCE: { meaning: 'What was given to install or create a plugin from is not a usable folder or file.' },
  E_PLUGIN_UPGRADE: { meaning: 'A new version of a plugin failed to load, so the install was undone.', plugins: true },

  // Plugins: host calls (what a host function answers a plugin)
  E_HOST_CALL_INVALID: { meaning: "A host call's input is not JSON, too large, or has a wrong or missing field.", plugins: true },
  E_CAPABILITY_DENIED: { meaning: "The plugin's manifest lacks the capability the host call needs.", plugins: true },
  E_RATE_LIMITED: { meaning: 'The plugin (or the player it acts for) went over a rate limit.', plugins: true },
  E_HOST_FAILED: { meaning: 'A host function failed inside Hearth; it is logged.', plugins: true },
  E_TABLE_UNKNOWN: { meaning: "The plugin's manifest declares no table of that name.", plugins: true },
  E_TABLE_CONSTRAINT: { meaning: "A table write breaks the table's rules (a duplicate key, a missing value).", plugins: true },
  E_HTTP_TIMEOUT: { meaning: 'An HTTP request took longer than its time limit.', plugins: true },
  E_HTTP_FAILED: { meaning: 'An HTTP request failed (unreachable host, redirect, broken response).', plugins: true },
  E_HTTP_TOO_LARGE: { meaning: 'An HTTP response is larger than the limit.', plugins: true },

  // Plugins: the kit's own (made inside a plugin, never sent by the host)
  E_HOST_REPLY: { meaning: "The host's answer to a host call could not be read by the kit.", plugins: true },
  E_UNKNOWN: { meaning: 'The host answered an error without a code.', plugins: true },

  // Plugins: calls into a plugin
  E_PLUGIN_TIMEOUT: { meaning: 'A plugin call ran past its time limit and was stopped.' },
  E_PLUGIN_FUEL: { meaning: 'A plugin call ran past its instruction allowance and was stopped.' },
  E_PLUGIN_TRAP: { meaning: 'A plugin crashed (trap, abort, memory it does not own).' },
  E_PLUGIN_OUTPUT_INVALID: { meaning: "A plugin's output (or the input for it) is not what the call expects." },
  E_PLUGIN_UNAVAILABLE: { meaning: 'The plugin is not loaded, disabled, or waiting out a backoff after crashes.' },
  E_PLUGIN_NONDETERMINISTIC: { meaning: 'A plugin call, run again after a pause, asked the host something else.' },

  // Commands
  E_PERMISSION_DENIED: { meaning: "The player may not do that: their role may not use the command, or they do not control the object named.", plugins: true },
  E_COMMAND_USAGE: { meaning: "A command's text does not fit its pattern or switches." },
  E_COMMAND_UNKNOWN: { meaning: 'No command has that name or alias.', plugins: true },
} as const satisfies Record<`E_${string}`, ErrorSpec>;

/** One of Hearth's error codes; tests and callers match on these, never on messages. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);
}

/** An error as it travels in JSON: host-call answers to plugins, admin API answers. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
}
