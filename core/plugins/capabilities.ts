// Capabilities: what a plugin may do, declared in its manifest and denied by default. The grammar:
//   emit:<stream pattern>     append events to matching streams (system, location:*, channel:ooc, *)
//   listen:<stream pattern>   make characters' sessions receive matching streams (channel membership)
//   history:<stream pattern>  read past events of matching streams from the event store
//   events:<stream pattern>   subscribe to (receive) events on matching streams
//   events:private            also receive private events: whispers, pages, and anything on a
//                             character's own stream (needs events: on that stream as well)
//   read:locations | read:objects | read:characters | read:commands
//   write:objects | db:migrate | kv:read | kv:write
//   http:get:<domain> | http:post:<domain>   (domain may start with "*." for subdomains)
//   sessions:manage (boot players) | server:admin (shutdown, plugin administration)
//   web:pages                 serve the web pages its manifest's `pages:` names, under /plugins/<name>/
//   softcode:evaluate         evaluate text the actor typed as the actor's own softcode (say [time()])
//   softcode:actions          set off objects' action attributes (ASUCC, ADROP, ...) for the actor
import { isValidStream } from '../events/event.js';

export const FIXED_CAPABILITIES = [
  'read:locations',
  'read:objects',
  'read:characters',
  'read:commands',
  'write:objects',
  'db:migrate',
  'kv:read',
  'kv:write',
  'sessions:manage',
  'server:admin',
  'web:pages',
  'softcode:evaluate',
  'softcode:actions',
] as const;

/** The capability a manifest's `pages:` needs. */
export const WEB_PAGES = 'web:pages';

export type FixedCapability = (typeof FIXED_CAPABILITIES)[number];

/** Capabilities that take a stream pattern. */
export const STREAM_VERBS = ['emit', 'listen', 'history', 'events'] as const;

/** The capability that adds private events to what a plugin's `events:` capabilities let it receive. */
export const PRIVATE_EVENTS = 'events:private';

/** Event types meant for one person whatever stream they travel on. */
const PRIVATE_EVENT_TYPES: ReadonlySet<string> = new Set(['whisper', 'page', 'mail']);

/** Whether an event is meant for one person: a whisper, a page, or anything on a character's own stream. */
export function isPrivateEvent(stream: string, type: string): boolean {
  return stream.startsWith('character:') || PRIVATE_EVENT_TYPES.has(type) || type.startsWith('mail.');
}

/** Whether capability pattern `outer` covers every stream subscription pattern `inner` can match. */
export function patternCovers(outer: string, inner: string): boolean {
  if (outer === '*') return true;
  if (inner === '*') return false;
  if (outer.endsWith(':*')) return inner.startsWith(outer.slice(0, -1));
  return outer === inner;
}

export type StreamVerb = (typeof STREAM_VERBS)[number];

export type ParsedCapability =
  | { kind: 'fixed'; name: FixedCapability }
  | { kind: StreamVerb; pattern: string }
  | { kind: 'http'; method: 'get' | 'post'; domain: string }
  | { kind: 'private-events' };

const DOMAIN_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Parses one capability; returns a reason string when it is not one Hearth knows. */
export function parseCapability(text: string): ParsedCapability | string {
  if ((FIXED_CAPABILITIES as readonly string[]).includes(text)) return { kind: 'fixed', name: text as FixedCapability };
  if (text === PRIVATE_EVENTS) return { kind: 'private-events' };
  const verb = STREAM_VERBS.find((candidate) => text.startsWith(`${candidate}:`));
  if (verb) {
    const pattern = text.slice(verb.length + 1);
    return isValidStreamPattern(pattern)
      ? { kind: verb, pattern }
      : `"${text}" names no stream pattern; use e.g. ${verb}:location:*, ${verb}:channel:public or ${verb}:system`;
  }
  const http = /^http:(get|post):(.+)$/.exec(text);
  if (http) {
    const domain = http[2]!.toLowerCase();
    return DOMAIN_PATTERN.test(domain)
      ? { kind: 'http', method: http[1] as 'get' | 'post', domain }
      : `"${text}" names no domain; use e.g. http:get:api.example.com or http:get:*.example.com`;
  }
  const patterned = STREAM_VERBS.map((name) => `${name}:<stream pattern>`).join(', ');
  return `unknown capability "${text}"; known ones: ${FIXED_CAPABILITIES.join(', ')}, ${patterned}, ${PRIVATE_EVENTS}, http:get:<domain>, http:post:<domain>`;
}

/** `*`, `location:*`, `channel:*`, `character:*`, or an exact stream name. */
export function isValidStreamPattern(pattern: string): boolean {
  if (pattern === '*') return true;
  if (/^(location|character|channel):\*$/.test(pattern)) return true;
  return isValidStream(pattern);
}

export function streamMatches(pattern: string, stream: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith(':*')) return stream.startsWith(pattern.slice(0, -1));
  return pattern === stream;
}

/** The capabilities one plugin holds, with the checks host functions ask of it. */
export class CapabilitySet {
  private readonly fixed = new Set<FixedCapability>();
  private readonly streamPatterns: Record<StreamVerb, string[]> = { emit: [], listen: [], history: [], events: [] };
  private readonly httpDomains: Array<{ method: 'get' | 'post'; domain: string }> = [];
  private privateEvents = false;

  constructor(readonly declared: readonly string[]) {
    for (const text of declared) {
      const parsed = parseCapability(text);
      if (typeof parsed === 'string') throw new Error(parsed);
      if (parsed.kind === 'fixed') this.fixed.add(parsed.name);
      else if (parsed.kind === 'private-events') this.privateEvents = true;
      else if (parsed.kind === 'http') this.httpDomains.push({ method: parsed.method, domain: parsed.domain });
      else this.streamPatterns[parsed.kind].push(parsed.pattern);
    }
  }

  has(capability: FixedCapability): boolean {
    return this.fixed.has(capability);
  }

  canEmit(stream: string): boolean {
    return this.allows('emit', stream);
  }

  /** Whether `verb:<pattern>` covers `stream` (emit, listen or history). */
  allows(verb: StreamVerb, stream: string): boolean {
    return this.streamPatterns[verb].some((pattern) => streamMatches(pattern, stream));
  }

  /** Whether the plugin may receive this event: its stream under an `events:` pattern, and private ones only with events:private. */
  canReceive(stream: string, type: string): boolean {
    return this.allows('events', stream) && (this.privateEvents || !isPrivateEvent(stream, type));
  }

  /** Whether some `events:` capability covers every stream `subscriptionPattern` can match. */
  coversSubscription(subscriptionPattern: string): boolean {
    return this.streamPatterns.events.some((pattern) => patternCovers(pattern, subscriptionPattern));
  }

  canRequest(method: 'get' | 'post', hostname: string): boolean {
    const host = hostname.toLowerCase();
    return this.httpDomains.some(
      (entry) =>
        entry.method === method &&
        (entry.domain === host || (entry.domain.startsWith('*.') && host.endsWith(entry.domain.slice(1)))),
    );
  }

}
