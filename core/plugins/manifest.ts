// What a plugin is: its manifest, read from YAML and validated field by field. Every refusal
// names the file, the field and the reason, so an author can fix it without guessing.
import { dirname, resolve } from 'node:path';
import semver from 'semver';
import { parse as parseYaml, YAMLError } from 'yaml';
import { z } from 'zod';
import type { Role } from '../auth/accounts.js';
import { HearthError, ManifestInvalidError } from '../errors.js';
import { isValidEventType } from '../events/event.js';
import { CapabilitySet, isValidStreamPattern, parseCapability, PRIVATE_EVENTS, WEB_PAGES } from './capabilities.js';
import { compilePattern } from './command-pattern.js';
import { interfaceAdvice, PLUGIN_INTERFACE } from './plugin-interface.js';
import { pluginTableName } from './plugin-table-name.js';

export const MAX_MANIFEST_BYTES = 256 * 1024;
/** The longest plugin name and command word (`@` or `+` and 32 letters) the patterns below accept. */
export const MAX_PLUGIN_NAME_LENGTH = 32;
export const MAX_COMMAND_WORD_LENGTH = 33;

const pluginName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be 2-32 lower-case letters, digits or "-", starting with a letter');
const exportName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'must be the name of an exported function (letters, digits, "_")');
const identifier = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'must be 1-32 lower-case letters, digits or "_", starting with a letter');
// A command word (`say`, `@dig`, `+bbread`) or a one-character prefix such as `"`, `:` or `+`.
// MUSH softcode commands start with `+` by convention (`+bbread`, `+finger`), so a word may too.
const commandWord = z
  .string()
  .regex(/^([@+]?[a-z][a-z0-9_-]{0,31}|[^\sa-z0-9@])$/i, 'must be a word (optionally starting with "@" or "+") or a single punctuation character');

const commandSchema = z
  .object({
    name: commandWord,
    aliases: z.array(commandWord).max(10).default([]),
    pattern: z.string().min(1).max(200).optional(),
    switches: z.array(identifier).max(32).default([]),
    description: z.string().min(1).max(500),
    help: z.string().max(4000).optional(),
    handler: exportName,
    role: z.enum(['player', 'builder', 'admin']).default('player'),
    // Honoured for bundled plugins only: no other plugin may take this word (the admin's way back in).
    reserved: z.boolean().default(false),
  })
  .strict();

const eventSubscriptionSchema = z
  .object({
    types: z.array(z.string().refine(isValidEventType, 'is not an event type name')).min(1).max(32),
    streams: z.array(z.string().refine(isValidStreamPattern, 'is not a stream pattern such as location:* or channel:public')).min(1).default(['*']),
    handler: exportName,
    exclusive: z.boolean().default(false),
  })
  .strict();

// A page's path under /plugins/<plugin>/: one segment, optionally with an extension (`log.txt`);
// the empty path is the plugin's index page.
const pagePath = z
  .string()
  .regex(/^([a-z0-9][a-z0-9_-]{0,47}(\.[a-z0-9]{1,8})?)?$/, 'must be empty (the index) or one lower-case word of letters, digits, "_" or "-", optionally with an extension such as .txt');

const pageSchema = z
  .object({
    path: pagePath,
    handler: exportName,
    description: z.string().max(500).optional(),
  })
  .strict();

const attributeSchema = z
  .object({
    name: identifier,
    on: z.enum(['character', 'location']),
    type: z.enum(['string', 'number', 'boolean']),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    description: z.string().max(500).optional(),
  })
  .strict()
  .refine((attribute) => attribute.default === undefined || typeof attribute.default === attribute.type, {
    message: 'default must have the attribute type',
    path: ['default'],
  });

export const COLUMN_TYPES = ['text', 'integer', 'bigint', 'boolean', 'jsonb', 'timestamptz'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

const columnSchema = z
  .object({
    name: identifier.refine((name) => name !== 'row_id', 'row_id is the key Hearth adds to tables without a primary key'),
    type: z.enum(COLUMN_TYPES),
    nullable: z.boolean().default(false),
    // `now` for timestamptz; otherwise a value of the column's type (jsonb: any JSON text).
    default: z.union([z.string().max(1000), z.number(), z.boolean()]).optional(),
  })
  .strict()
  .refine((column) => column.default === undefined || defaultFits(column.type, column.default), {
    message: 'default must have the column type (timestamptz takes "now")',
    path: ['default'],
  });

const tableSchema = z
  .object({
    name: identifier,
    columns: z.array(columnSchema).min(1).max(64),
    primary_key: z.array(identifier).min(1).optional(),
    indexes: z.array(z.array(identifier).min(1)).max(16).default([]),
  })
  .strict();

const manifestSchema = z
  .object({
    name: pluginName,
    version: z.string().refine((value) => semver.valid(value) !== null, 'must be a semantic version such as 1.2.0'),
    interface: z.number().int().min(1).max(1000).optional(),
    description: z.string().min(1).max(1000),
    priority: z.number().int().min(-1000).max(1000).default(100),
    enabled: z.boolean().default(true),
    wasm: z.string().min(1).max(500),
    capabilities: z.array(z.string().superRefine(checkCapability)).max(64).default([]),
    depends: z.array(z.string()).max(32).default([]),
    conflicts: z.array(pluginName).max(32).default([]),
    before: z.array(pluginName).max(32).default([]),
    after: z.array(pluginName).max(32).default([]),
    schema: z
      .object({ attributes: z.array(attributeSchema).max(64).default([]), tables: z.array(tableSchema).max(16).default([]) })
      .strict()
      .optional(),
    commands: z.array(commandSchema).max(200).default([]),
    unmatched: exportName.optional(),
    events: z.array(eventSubscriptionSchema).max(64).default([]),
    pages: z.array(pageSchema).max(16).default([]),
    config: z.record(z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'config keys are lower-case words'), z.union([z.string().max(4096), z.number(), z.boolean()])).default({}),
    // Below 100 ms a call could not wait for a busy database at all.
    timeout_ms: z.number().int().min(100).max(600_000).optional(),
    fuel: z.number().int().min(100_000).max(1_000_000_000).optional(),
    memory_pages: z.number().int().min(1).max(65_536).optional(),
  })
  .strict();

type RawManifest = z.infer<typeof manifestSchema>;

/** Every top-level field a manifest may have (docs/plugin-authoring.md documents each). */
export const MANIFEST_FIELDS: readonly string[] = Object.keys(manifestSchema.shape);
export type ColumnSpec = z.infer<typeof columnSchema>;
export type AttributeSpec = z.infer<typeof attributeSchema>;
export type TableSpec = z.infer<typeof tableSchema>;
/** A web page the plugin serves at `/plugins/<plugin>/<path>` (needs `web:pages`). */
export type PageSpec = z.infer<typeof pageSchema>;

export interface Dependency {
  name: string;
  /** A semver range; `*` when the manifest named no version. */
  range: string;
}

export interface CommandSpec {
  name: string;
  aliases: string[];
  pattern?: string;
  switches: string[];
  description: string;
  help?: string;
  handler: string;
  role: Role;
  /** No other plugin may take this command's name or aliases (bundled plugins only). */
  reserved: boolean;
}

export interface EventSubscriptionSpec {
  types: string[];
  streams: string[];
  handler: string;
  exclusive: boolean;
}

export interface PluginManifest {
  name: string;
  version: string;
  description: string;
  priority: number;
  /** Whether the plugin runs before an admin has enabled or disabled it. */
  enabledByDefault: boolean;
  /** Absolute path of the wasm file (the manifest gives it relative to itself). */
  wasmPath: string;
  capabilities: string[];
  depends: Dependency[];
  conflicts: string[];
  before: string[];
  after: string[];
  schema: { attributes: AttributeSpec[]; tables: TableSpec[] };
  commands: CommandSpec[];
  unmatched?: string;
  events: EventSubscriptionSpec[];
  pages: PageSpec[];
  config: Record<string, string>;
  timeoutMs?: number;
  fuel?: number;
  memoryPages?: number;
  /** Where the manifest was read from, for messages. */
  file: string;
}

/** Parses and validates a manifest's YAML text. `file` is used in messages and to resolve `wasm`. */
export function parseManifest(text: string, file: string): PluginManifest {
  const { manifest, problems } = readManifest(text, file);
  if (!manifest) throw problems[0]!;
  return manifest;
}

/** Like parseManifest, but finds every problem rather than stopping at the first (`hearth plugin validate`). */
export function readManifest(text: string, file: string): { manifest: PluginManifest | null; problems: ManifestInvalidError[] } {
  const refused = (field: string, reason: string) => ({ manifest: null, problems: [new ManifestInvalidError(file, field, reason)] });
  if (Buffer.byteLength(text, 'utf8') > MAX_MANIFEST_BYTES) return refused('', `is larger than ${MAX_MANIFEST_BYTES} bytes`);
  let document: unknown;
  try {
    // Warnings off: the YAML library prints them with the offending line of the file.
    document = parseYaml(text, { maxAliasCount: 50, uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    return refused('', `is not valid YAML${yamlErrorPlace(error)}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return refused('', 'must be a YAML mapping of fields such as name, version and commands');
  }
  const parsed = manifestSchema.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      const reason = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''}${keys}` : issue.message;
      return new ManifestInvalidError(file, formatPath(issue.path), reason);
    });
    return { manifest: null, problems };
  }
  const problems: ManifestInvalidError[] = [];
  const manifest = checkManifest(parsed.data, file, (field, reason) => problems.push(new ManifestInvalidError(file, field, reason)));
  return problems.length > 0 ? { manifest: null, problems } : { manifest, problems };
}

type ProblemReporter = (field: string, reason: string) => void;

function checkCapability(capability: string, context: z.RefinementCtx): void {
  const parsed = parseCapability(capability);
  if (typeof parsed === 'string') context.addIssue({ code: 'custom', message: parsed });
}

/** Every stream a plugin subscribes to must be one its `events:` capabilities name. */
function checkSubscriptions(raw: RawManifest, problem: ProblemReporter): void {
  const valid = raw.capabilities.filter((text) => typeof parseCapability(text) !== 'string');
  const capabilities = new CapabilitySet(valid);
  for (const [index, subscription] of raw.events.entries()) {
    for (const [at, pattern] of subscription.streams.entries()) {
      if (!capabilities.coversSubscription(pattern)) {
        problem(`events[${index}].streams[${at}]`, `subscribes to "${pattern}", which needs the capability "events:${pattern}" (plus "${PRIVATE_EVENTS}" to receive whispers, pages and characters' own streams)`);
      }
    }
  }
}

/** Pages need the `web:pages` capability, and each path may be served by one handler only. */
function checkPages(raw: RawManifest, problem: ProblemReporter): void {
  if (raw.pages.length > 0 && !raw.capabilities.includes(WEB_PAGES)) problem('pages', `serves web pages, which needs the "${WEB_PAGES}" capability`);
  raw.pages.forEach((page, index) => {
    if (raw.pages.findIndex((other) => other.path === page.path) !== index) problem(`pages[${index}].path`, `"${page.path}" is served twice`);
  });
}

function checkManifest(raw: RawManifest, file: string, problem: ProblemReporter): PluginManifest {
  const schema = { attributes: raw.schema?.attributes ?? [], tables: raw.schema?.tables ?? [] };
  if (raw.interface !== PLUGIN_INTERFACE) problem('interface', interfaceAdvice(raw.interface));
  if ((schema.attributes.length > 0 || schema.tables.length > 0) && !raw.capabilities.includes('db:migrate')) {
    problem('schema', 'contributes attributes or tables, which needs the "db:migrate" capability');
  }
  const depends = raw.depends.flatMap((text, index) => parseDependency(text, `depends[${index}]`, problem));
  for (const [field, names] of [['depends', depends.map((d) => d.name)], ['conflicts', raw.conflicts], ['before', raw.before], ['after', raw.after]] as const) {
    const self = names.indexOf(raw.name);
    if (self >= 0) problem(`${field}[${self}]`, 'a plugin cannot name itself');
  }
  checkCommandWords(raw, problem);
  checkSubscriptions(raw, problem);
  checkPages(raw, problem);
  for (const [index, table] of schema.tables.entries()) {
    const tableName = pluginTableName(raw.name, table.name);
    if (tableName.length > MAX_TABLE_NAME_LENGTH) {
      problem(`schema.tables[${index}].name`, `makes the table name "${tableName}" longer than ${MAX_TABLE_NAME_LENGTH} characters; shorten the plugin or table name`);
    }
    if (schema.tables.findIndex((other) => other.name === table.name) !== index) {
      problem(`schema.tables[${index}].name`, `"${table.name}" is declared twice`);
    }
    const columns = new Set(table.columns.map((column) => column.name));
    if (columns.size !== table.columns.length) problem(`schema.tables[${index}].columns`, 'names a column twice');
    for (const key of [...(table.primary_key ?? []), ...table.indexes.flat()]) {
      if (!columns.has(key)) problem(`schema.tables[${index}]`, `names column "${key}", which the table does not have`);
    }
  }
  return {
    name: raw.name,
    version: raw.version,
    description: raw.description,
    priority: raw.priority,
    enabledByDefault: raw.enabled,
    wasmPath: resolve(dirname(file), raw.wasm),
    capabilities: raw.capabilities,
    depends,
    conflicts: raw.conflicts,
    before: raw.before,
    after: raw.after,
    schema,
    commands: raw.commands.map((command) => ({ ...command, name: command.name.toLowerCase(), aliases: command.aliases.map((alias) => alias.toLowerCase()) })),
    unmatched: raw.unmatched,
    events: raw.events,
    pages: raw.pages,
    config: Object.fromEntries(Object.entries(raw.config).map(([key, value]) => [key, String(value)])),
    timeoutMs: raw.timeout_ms,
    fuel: raw.fuel,
    memoryPages: raw.memory_pages,
    file,
  };
}

// Where the YAML broke and the library's code for it (BAD_INDENT, DUPLICATE_KEY, ...), never its
// message: some messages quote the file ("Unresolved alias ...: x"), and a manifest path may name
// a file that is not a manifest at all.
function yamlErrorPlace(error: unknown): string {
  if (!(error instanceof YAMLError)) return '';
  const start = error.linePos?.[0];
  return `${start ? ` at line ${start.line}, column ${start.col}` : ''} (${error.code})`;
}

// PostgreSQL cuts identifiers at 63 bytes; index names add a few characters more.
const MAX_TABLE_NAME_LENGTH = 56;

function defaultFits(type: ColumnType, value: string | number | boolean): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'integer':
    case 'bigint':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamptz':
      return value === 'now';
    case 'jsonb':
      return typeof value !== 'string' || isJson(value);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function parseDependency(text: string, field: string, problem: ProblemReporter): Dependency[] {
  const match = /^([a-z][a-z0-9-]{1,31})\s*(.*)$/.exec(text.trim());
  if (!match) {
    problem(field, `"${text}" is not "name" or "name >= 1.0.0"`);
    return [];
  }
  const range = match[2]!.trim() || '*';
  if (semver.validRange(range) === null) {
    problem(field, `"${range}" is not a version range such as ">= 1.0.0"`);
    return [];
  }
  return [{ name: match[1]!, range }];
}

function checkCommandWords(raw: RawManifest, problem: ProblemReporter): void {
  const seen = new Map<string, string>();
  raw.commands.forEach((command, index) => {
    for (const word of [command.name, ...command.aliases]) {
      const key = word.toLowerCase();
      const earlier = seen.get(key);
      if (earlier) problem(`commands[${index}]`, `"${word}" is already used by ${earlier}`);
      else seen.set(key, `commands[${index}] (${command.name})`);
    }
    // Compiled here too, so a pattern that cannot work is a validation problem, not a failed load.
    if (command.pattern !== undefined) {
      try {
        compilePattern(command.pattern);
      } catch (error) {
        if (!(error instanceof HearthError)) throw error;
        problem(`commands[${index}].pattern`, error.message);
      }
    }
  });
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}
