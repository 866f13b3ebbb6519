// Delivers stored events to the plugins subscribed to them, in precedence order (lower priority
// number first). A handler returning `handled: true` ends the chain; so does a subscription marked
// `exclusive`, which keeps that event type from lower-precedence handlers. A failing handler is
// logged and skipped; the chain goes on. A plugin receives only events its `events:` capabilities
// allow, and private ones (whispers, pages, characters' own streams) only with events:private.
import type { HearthEvent } from '../events/event.js';
import type { Logger } from '../telemetry/logger.js';
import { CapabilitySet, streamMatches } from './capabilities.js';
import { byPrecedence } from './load-order.js';
import type { PluginManifest } from './manifest.js';

export interface Subscription {
  plugin: string;
  priority: number;
  types: ReadonlySet<string>;
  streams: string[];
  handler: string;
  exclusive: boolean;
  /** What the plugin's capabilities let it receive. */
  capabilities: CapabilitySet;
}

export interface EventDeliverer {
  deliverEvent(plugin: string, handler: string, event: HearthEvent): Promise<{ handled?: boolean }>;
}

/** The subscriptions of a plugin set, in the order events reach them. */
export function subscriptionsOf(manifests: PluginManifest[]): Subscription[] {
  return manifests
    .flatMap((manifest) => {
      const capabilities = new CapabilitySet(manifest.capabilities);
      return manifest.events.map((spec) => ({
        plugin: manifest.name,
        priority: manifest.priority,
        name: manifest.name,
        types: new Set(spec.types),
        streams: spec.streams,
        handler: spec.handler,
        exclusive: spec.exclusive,
        capabilities,
      }));
    })
    .sort(byPrecedence)
    .map(({ name: _name, ...subscription }) => subscription);
}

export class EventDispatcher {
  private subscriptions: Subscription[] = [];

  constructor(
    private readonly deliverer: EventDeliverer,
    private readonly logger: Logger,
  ) {}

  setSubscriptions(subscriptions: Subscription[]): void {
    this.subscriptions = subscriptions;
  }

  /** Runs the chain for one event; never rejects. */
  async dispatch(event: HearthEvent): Promise<string[]> {
    const reached: string[] = [];
    // The chain runs on the subscriptions of the moment it started, even if a reload swaps them.
    const subscriptions = this.subscriptions;
    for (const subscription of subscriptions) {
      if (!subscription.types.has(event.type)) continue;
      if (!subscription.streams.some((pattern) => streamMatches(pattern, event.stream))) continue;
      if (!subscription.capabilities.canReceive(event.stream, event.type)) continue;
      reached.push(subscription.plugin);
      let handled = false;
      try {
        handled = (await this.deliverer.deliverEvent(subscription.plugin, subscription.handler, event)).handled === true;
      } catch (error) {
        this.logger.warn({ err: error, plugin: subscription.plugin, eventType: event.type, eventId: event.id }, 'event handler failed');
      }
      if (handled || subscription.exclusive) break;
    }
    return reached;
  }
}
