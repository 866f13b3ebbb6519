// Hearth's errors: the classes failures are thrown as. Each carries a stable code from the
// catalogue in core/error-catalogue.ts (re-exported here); `HearthError` accepts only those, and
// docs/errors.md says what to do about each. Messages say what happened and what to do about it;
// player-facing wording lives in the session layer and in plugins.

import type { ErrorCode } from './error-catalogue.js';

export { ERROR_CATALOGUE, isErrorCode, type ErrorBody, type ErrorCode } from './error-catalogue.js';

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

// The cluster: a gateway whose core does not answer
export class ClusterUnavailableError extends HearthError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_CLUSTER_UNAVAILABLE', message, options);
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

export class CharacterLimitError extends HearthError {
  constructor(limit: number) {
    super('E_CHARACTER_LIMIT', `An account may have at most ${limit} characters on this game; play one of yours instead.`);
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

// Locks
/** A lock key Hearth cannot read (E_LOCK_SYNTAX) or will not keep (E_LOCK_TOO_COMPLEX). */
export class LockKeyError extends HearthError {
  /** Where in the key it broke, counting from 0; the key's length when it ended too soon. */
  readonly position: number;

  constructor(code: 'E_LOCK_SYNTAX' | 'E_LOCK_TOO_COMPLEX', message: string, position: number) {
    super(code, message);
    this.position = position;
  }
}

/** A lock key names an object that is not there, or several that are. */
export class LockReferenceError extends HearthError {
  readonly reference: string;

  constructor(code: 'E_OBJECT_NOT_FOUND' | 'E_OBJECT_AMBIGUOUS', reference: string, message: string) {
    super(code, message);
    this.reference = reference;
  }
}

export class LockTypeUnknownError extends HearthError {
  /** `known` lists the standard types, for the builder to choose from. */
  constructor(word: string, known: readonly string[]) {
    super(
      'E_LOCK_TYPE_UNKNOWN',
      `"${word.slice(0, 40).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}" is not a lock type; use one of ${known.join(', ')}, or user:<name> for a lock of your own.`,
    );
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
