// Generated from core/error-catalogue.ts by scripts/generate-kit-errors.ts (npm run build:plugins); do not edit.
// The error codes a plugin can meet in HostReply.errorCode; docs/errors.md says what to do about each.

/** The database cannot be reached right now; nothing was changed. */
export const E_DATABASE_UNAVAILABLE: string = 'E_DATABASE_UNAVAILABLE';

/** No object, room or character matches the id or name given. */
export const E_OBJECT_NOT_FOUND: string = 'E_OBJECT_NOT_FOUND';

/** A name matches more than one object nearby. */
export const E_OBJECT_AMBIGUOUS: string = 'E_OBJECT_AMBIGUOUS';

/** The object named was found, but is not the kind the command needs (a room, an exit). */
export const E_WRONG_KIND: string = 'E_WRONG_KIND';

/** A name to look up is longer than any name of its kind can be, so it cannot match. */
export const E_NAME_TOO_LONG: string = 'E_NAME_TOO_LONG';

/** The world's rules refuse the change (a malformed object name, moving a room, a thing inside itself). */
export const E_WORLD_RULE: string = 'E_WORLD_RULE';

/** An attribute value does not fit what a plugin declared for that key. */
export const E_ATTRIBUTE_INVALID: string = 'E_ATTRIBUTE_INVALID';

/** The character named is not connected. */
export const E_NOT_CONNECTED: string = 'E_NOT_CONNECTED';

/** An attribute name is empty, longer than 64 characters, or uses a character attribute names may not. */
export const E_ATTRIBUTE_NAME: string = 'E_ATTRIBUTE_NAME';

/** An attribute value is longer than 8 KiB. */
export const E_ATTRIBUTE_TOO_LONG: string = 'E_ATTRIBUTE_TOO_LONG';

/** The object has no attribute of that name (to flag or change). */
export const E_ATTRIBUTE_NOT_FOUND: string = 'E_ATTRIBUTE_NOT_FOUND';

/** A flag (object or attribute) is not one Hearth knows. */
export const E_FLAG_UNKNOWN: string = 'E_FLAG_UNKNOWN';

/** A parent would make an object its own ancestor, or a parent chain longer than 10. */
export const E_PARENT_LOOP: string = 'E_PARENT_LOOP';

/** A lock key cannot be read: an operator without a key, an unclosed parenthesis, an unknown form. */
export const E_LOCK_SYNTAX: string = 'E_LOCK_SYNTAX';

/** A lock key is longer, more deeply nested or holds more keys than a lock may. */
export const E_LOCK_TOO_COMPLEX: string = 'E_LOCK_TOO_COMPLEX';

/** A lock type, such as the switch of @lock/<type>, is not one Hearth knows. */
export const E_LOCK_TYPE_UNKNOWN: string = 'E_LOCK_TYPE_UNKNOWN';

/** An event payload is larger than the limit. */
export const E_EVENT_TOO_LARGE: string = 'E_EVENT_TOO_LARGE';

/** An event payload nests objects or arrays deeper than the limit. */
export const E_EVENT_TOO_DEEP: string = 'E_EVENT_TOO_DEEP';

/** No plugin has that name. */
export const E_PLUGIN_UNKNOWN: string = 'E_PLUGIN_UNKNOWN';

/** A plugin tried to disable or remove itself. */
export const E_PLUGIN_SELF: string = 'E_PLUGIN_SELF';

/** A bundled plugin cannot be removed, only disabled. */
export const E_PLUGIN_BUNDLED: string = 'E_PLUGIN_BUNDLED';

/** A plugin setting is not one its manifest declares, or its value is too long. */
export const E_PLUGIN_CONFIG: string = 'E_PLUGIN_CONFIG';

/** A plugin cannot be installed (each problem is listed with its own code). */
export const E_PLUGIN_INSTALL: string = 'E_PLUGIN_INSTALL';

/** A new version of a plugin failed to load, so the install was undone. */
export const E_PLUGIN_UPGRADE: string = 'E_PLUGIN_UPGRADE';

/** A host call's input is not JSON, too large, or has a wrong or missing field. */
export const E_HOST_CALL_INVALID: string = 'E_HOST_CALL_INVALID';

/** The plugin's manifest lacks the capability the host call needs. */
export const E_CAPABILITY_DENIED: string = 'E_CAPABILITY_DENIED';

/** The plugin (or the player it acts for) went over a rate limit. */
export const E_RATE_LIMITED: string = 'E_RATE_LIMITED';

/** A host function failed inside Hearth; it is logged. */
export const E_HOST_FAILED: string = 'E_HOST_FAILED';

/** The plugin's manifest declares no table of that name. */
export const E_TABLE_UNKNOWN: string = 'E_TABLE_UNKNOWN';

/** A table write breaks the table's rules (a duplicate key, a missing value). */
export const E_TABLE_CONSTRAINT: string = 'E_TABLE_CONSTRAINT';

/** An HTTP request took longer than its time limit. */
export const E_HTTP_TIMEOUT: string = 'E_HTTP_TIMEOUT';

/** An HTTP request failed (unreachable host, redirect, broken response). */
export const E_HTTP_FAILED: string = 'E_HTTP_FAILED';

/** An HTTP response is larger than the limit. */
export const E_HTTP_TOO_LARGE: string = 'E_HTTP_TOO_LARGE';

/** The host's answer to a host call could not be read by the kit. */
export const E_HOST_REPLY: string = 'E_HOST_REPLY';

/** The host answered an error without a code. */
export const E_UNKNOWN: string = 'E_UNKNOWN';

/** The player may not do that: their role may not use the command, or they do not control the object named. */
export const E_PERMISSION_DENIED: string = 'E_PERMISSION_DENIED';

/** No command has that name or alias. */
export const E_COMMAND_UNKNOWN: string = 'E_COMMAND_UNKNOWN';
