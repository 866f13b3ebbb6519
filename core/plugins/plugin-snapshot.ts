// A consistent view of the plugin set: which plugins run, in what order, which commands and
// events they answer. The manager builds a new snapshot and swaps it in whole, so a command or
// an event chain never sees half of one plugin set and half of another.
import { AttributeSchema } from './attribute-schema.js';
import { CommandRegistry } from './command-registry.js';
import { type Subscription, subscriptionsOf } from './event-dispatch.js';
import { byPrecedence } from './load-order.js';
import type { PluginManifest } from './manifest.js';

export interface UnmatchedHandler {
  plugin: string;
  handler: string;
}

export interface PluginSnapshot {
  /** Manifests of the running plugins, in load order. */
  manifests: PluginManifest[];
  registry: CommandRegistry;
  subscriptions: Subscription[];
  /** Handlers offered lines no command took, in precedence order. */
  unmatched: UnmatchedHandler[];
  /** The typed attributes the plugins declare. */
  attributes: AttributeSchema;
}

/** The snapshot of `manifests` (in load order); `bundled` names the plugins that came with Hearth. */
export function buildSnapshot(manifests: PluginManifest[], bundled: ReadonlySet<string> = new Set()): PluginSnapshot {
  return {
    manifests,
    registry: new CommandRegistry(manifests, bundled),
    attributes: new AttributeSchema([...manifests].sort(byPrecedence)),
    subscriptions: subscriptionsOf(manifests),
    unmatched: [...manifests]
      .sort(byPrecedence)
      .flatMap((manifest) => (manifest.unmatched ? [{ plugin: manifest.name, handler: manifest.unmatched }] : [])),
  };
}

export const EMPTY_SNAPSHOT: PluginSnapshot = buildSnapshot([]);
