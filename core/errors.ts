// The single catalogue of Hearth's errors. Every code Hearth answers with is listed here with what
// it means; `HearthError` accepts only these, docs/errors.md says what to do about each, and the
// codes a plugin can meet are generated into the plugin kit (scripts/generate-kit-errors.ts).
// Messages say what happened and what to do about it; player-facing wording lives in the session
// layer and in plugins. This file imports nothing, so the kit's generator can read it anywhere.

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

  // Admin HTTP API and the CLI that calls it
  E_UNAUTHORIZED: { meaning: 'An admin HTTP request came without the admin token (or from an address not allowed).' },
  E_REQUEST_INVALID: { meaning: 'An admin API request is not the JSON object the route expects.' },
  E_REQUEST_TOO_LARGE: { meaning: 'An admin API request body is larger than the server accepts.' },
  E_API: { meaning: 'The admin API refused a CLI request without naming a code Hearth knows.' },
  E_INTERNAL: { meaning: 'Something failed inside Hearth that has no code of its own; it is logged.' },

  // Accounts and login
  E_NAME_INVALID: { meaning: 'A name breaks the naming rules (length, characters) for what it names.' },
  E_NAME_TAKEN: { meaning: 'Another account already has that name (in any case).' },
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

export class HearthError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

// Configuration
export class ConfigInvalidError extends HearthError {
  constructor(message: string) {
    super('E_CONFIG_INVALID', message);
  }
}

// Operations: TLS certificates, backups
export class TlsCertificateError extends HearthError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_TLS_INVALID', message, options);
  }
}

export class BackupError extends HearthError {
  constructor(code: 'E_BACKUP_INVALID' | 'E_BACKUP_MISMATCH' | 'E_BACKUP_TOOL_MISSING' | 'E_BACKUP_FAILED' | 'E_RESTORE_TARGET_NOT_EMPTY', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

export class DataFolderMissingError extends HearthError {
  constructor(message: string) {
    super('E_DATA_DIR_MISSING', message);
  }
}

export class ServerRunningError extends HearthError {
  constructor(message: string) {
    super('E_SERVER_RUNNING', message);
  }
}

// Accounts and login
export class NameInvalidError extends HearthError {
  constructor(message: string) {
    super('E_NAME_INVALID', message);
  }
}

export class NameTakenError extends HearthError {
  constructor(name: string) {
    super('E_NAME_TAKEN', `The name "${name}" is already taken; choose another.`);
  }
}

export class PasswordInvalidError extends HearthError {
  constructor(message: string) {
    super('E_PASSWORD_INVALID', message);
  }
}

export class LoginFailedError extends HearthError {
  constructor() {
    // One message for "no such name" and "wrong password", so names cannot be discovered by guessing.
    super('E_LOGIN_FAILED', 'Either that player does not exist, or has a different password.');
  }
}

export class AccountLockedError extends HearthError {
  readonly until: Date;
  /** Whether the lock holds for the address that tried, or everywhere but the account's known addresses. */
  readonly scope: 'address' | 'everywhere';

  constructor(until: Date, scope: 'address' | 'everywhere' = 'everywhere') {
    super(
      'E_ACCOUNT_LOCKED',
      scope === 'address'
        ? `That account is locked for your address after repeated failed logins until ${until.toISOString()}.`
        : `That account is locked after repeated failed logins until ${until.toISOString()}; its owner can still log in from an address they used before.`,
    );
    this.until = until;
    this.scope = scope;
  }
}

export class LoginThrottledError extends HearthError {
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number) {
    super(
      'E_LOGIN_THROTTLED',
      `Too many failed logins from your address; try again in ${Math.ceil(retryAfterMs / 1000)} seconds.`,
    );
    this.retryAfterMs = retryAfterMs;
  }
}

export class AccountUnknownError extends HearthError {
  constructor(name: string) {
    super('E_ACCOUNT_UNKNOWN', `No account is called "${name.slice(0, 64)}"; check the name (any case).`);
  }
}

export class PasswordWrongError extends HearthError {
  constructor() {
    super('E_PASSWORD_WRONG', 'That is not your current password; nothing changed. An admin can set a new one with @newpassword.');
  }
}

export class SignupThrottledError extends HearthError {
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    super(
      'E_SIGNUP_THROTTLED',
      `Too many new accounts have been made from your address; try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or log in to an account you have.`,
    );
    this.retryAfterMs = retryAfterMs;
  }
}

// World
export class ObjectNotFoundError extends HearthError {
  constructor(reference: string) {
    super('E_OBJECT_NOT_FOUND', `No object ${reference} exists.`);
  }
}

/** A name to look something up by is longer than any name of its `kind` can be, so it cannot match. */
export class NameTooLongError extends HearthError {
  constructor(kind: string, longest: number) {
    super('E_NAME_TOO_LONG', `No ${kind} has a name that long: ${kind} names are at most ${longest} characters.`);
  }
}

export class WorldRuleError extends HearthError {
  constructor(message: string) {
    super('E_WORLD_RULE', message);
  }
}

// Events
export class StreamInvalidError extends HearthError {
  constructor(stream: string) {
    super(
      'E_STREAM_INVALID',
      `"${stream.slice(0, 80)}" is not an event stream; use location:<id>, character:<id>, channel:<name> or system.`,
    );
  }
}

export class EventTypeInvalidError extends HearthError {
  constructor(type: string) {
    super(
      'E_EVENT_TYPE_INVALID',
      `"${type.slice(0, 80)}" is not an event type; use lower case letters, digits and . _ : - (at most 64).`,
    );
  }
}

export class EventTooLargeError extends HearthError {
  constructor(bytes: number, limit: number) {
    super('E_EVENT_TOO_LARGE', `An event payload of ${bytes} bytes exceeds the ${limit}-byte limit; send less.`);
  }
}

export class EventTooDeepError extends HearthError {
  constructor(limit: number) {
    super('E_EVENT_TOO_DEEP', `An event payload nests objects or arrays more than ${limit} levels deep; flatten it.`);
  }
}

export class DatabaseUnavailableError extends HearthError {
  constructor(cause: unknown) {
    super('E_DATABASE_UNAVAILABLE', 'The database cannot be reached right now; try again shortly.', { cause });
  }
}

// Plugins: manifests and loading
export class ManifestInvalidError extends HearthError {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, reason: string) {
    super('E_MANIFEST_INVALID', `${file}: ${field || '(manifest)'}: ${reason}`);
    this.file = file;
    this.field = field;
  }
}

export class PatternSyntaxError extends HearthError {
  constructor(reason: string) {
    super('E_PATTERN_INVALID', `Invalid command pattern: ${reason}; fix the command's "pattern" in the manifest.`);
  }
}

export class PluginExportMissingError extends HearthError {
  constructor(plugin: string, exportName: string, usedBy: string, where = '') {
    super(
      'E_EXPORT_MISSING',
      `${where ? `${where}: ` : ''}Plugin "${plugin}" names "${exportName}" as ${usedBy}, but its wasm exports no function of that name.`,
    );
  }
}

export class PluginModuleInvalidError extends HearthError {
  constructor(file: string, reason: string) {
    super('E_MODULE_INVALID', `${file}: is not a WebAssembly module Hearth can run: ${reason}`);
  }
}

export class WasmInvalidError extends HearthError {
  constructor(reason: string) {
    super('E_WASM_INVALID', `The plugin's wasm is not a module Hearth can run: ${reason}.`);
  }
}

/** A well-formed module that uses a WebAssembly feature Hearth does not run. */
export class WasmFeatureRefusedError extends WasmInvalidError {}

/** A plugin built for another plugin interface than this Hearth's; `advice` says what to do. */
export class PluginInterfaceError extends HearthError {
  constructor(plugin: string, file: string, evidence: string, advice: string) {
    super('E_PLUGIN_INTERFACE', `Plugin "${plugin}" (${file}) ${evidence} and ${advice}.`);
  }
}

export class PluginImportUnknownError extends HearthError {
  constructor(plugin: string, module: string, name: string) {
    super(
      'E_IMPORT_UNKNOWN',
      module === 'extism:host/env' && name.startsWith('http_')
        ? `Plugin "${plugin}" imports Extism's own "${name}", which Hearth does not offer: make HTTP requests with Hearth's http_get and http_post, allowed by http:get:<domain> and http:post:<domain> capabilities.`
        : `Plugin "${plugin}" imports "${module.slice(0, 80)}::${name.slice(0, 80)}", which Hearth does not provide; the host functions are listed in plugins/pdk/host-imports.ts.`,
    );
  }
}

export class LoadOrderCycleError extends HearthError {
  readonly plugins: string[];

  constructor(plugins: string[]) {
    super(
      'E_LOAD_ORDER_CYCLE',
      `Plugins ${plugins.join(', ')} form a load-order cycle through their depends/before/after entries; remove one of those entries.`,
    );
    this.plugins = plugins;
  }
}

export class DependencyError extends HearthError {
  constructor(code: 'E_DEPENDENCY_MISSING' | 'E_DEPENDENCY_VERSION' | 'E_PLUGIN_CONFLICT', message: string) {
    super(code, message);
  }
}

export class PluginTableTakenError extends HearthError {
  constructor(message: string) {
    super('E_PLUGIN_TABLE_TAKEN', message);
  }
}

export class PluginMigrationError extends HearthError {
  /** `reason` is the database's own words, without the query wrapper's repeat of the SQL. */
  constructor(plugin: string, step: string, reason: string, cause: unknown) {
    super('E_PLUGIN_MIGRATION', `Plugin "${plugin}" could not update its tables (step ${step}): ${reason}. Nothing was changed; fix the manifest's schema and reload it.`, { cause });
  }
}

export class PluginInstallError extends HearthError {
  constructor(source: string, problems: HearthError[]) {
    super('E_PLUGIN_INSTALL', `${source} cannot be installed:\n${problems.map((problem) => `  ${problem.code}: ${problem.message}`).join('\n')}`);
  }
}

// Plugins: running
export class CapabilityDeniedError extends HearthError {
  constructor(plugin: string, capability: string, action: string) {
    super(
      'E_CAPABILITY_DENIED',
      `Plugin "${plugin}" may not ${action}: it lacks the capability "${capability}" in its manifest.`,
    );
  }
}

export class RateLimitedError extends HearthError {
  /** `forWhom` narrows the limit, e.g. " for one player". */
  constructor(plugin: string, what: string, perSecond: number, forWhom = '') {
    super('E_RATE_LIMITED', `Plugin "${plugin}" exceeded its limit of ${perSecond} ${what} per second${forWhom}; slow down.`);
  }
}

export class HostCallInvalidError extends HearthError {
  constructor(hostFunction: string, reason: string) {
    super('E_HOST_CALL_INVALID', `${hostFunction}: ${reason}`);
  }
}

export class PluginCallError extends HearthError {
  readonly plugin: string;

  constructor(
    code: 'E_PLUGIN_TIMEOUT' | 'E_PLUGIN_FUEL' | 'E_PLUGIN_TRAP' | 'E_PLUGIN_OUTPUT_INVALID' | 'E_PLUGIN_UNAVAILABLE' | 'E_PLUGIN_NONDETERMINISTIC',
    plugin: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.plugin = plugin;
  }
}

/** A plugin touched memory it does not own; the call is stopped. */
export class KernelAccessError extends HearthError {
  constructor(what: string) {
    super('E_PLUGIN_TRAP', `the plugin ${what}`);
  }
}

export class PluginNondeterministicError extends HearthError {
  constructor(plugin: string, expected: string, got: string) {
    super(
      'E_PLUGIN_NONDETERMINISTIC',
      `Plugin "${plugin}" asked "${got}" where its earlier run of the same call asked "${expected}"; a plugin must behave the same given the same input and host answers (use Hearth's time and random host functions).`,
    );
  }
}

// Commands
export class PermissionDeniedError extends HearthError {
  constructor(command: string, role: string) {
    super('E_PERMISSION_DENIED', `Permission denied: ${command} needs the ${role} role.`);
  }
}

export class CommandUsageError extends HearthError {
  constructor(usage: string) {
    super('E_COMMAND_USAGE', `Usage: ${usage}`);
  }
}

export function errorCode(error: unknown): ErrorCode | undefined {
  return error instanceof HearthError ? error.code : undefined;
}
