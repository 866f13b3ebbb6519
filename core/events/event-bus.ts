// Delivers stored events to in-process subscribers. The event store publishes each event only
// after it is persisted, in id order, so subscribers see every stream in order.
import type { HearthEvent } from './event.js';

export type EventListener = (event: HearthEvent) => void;

export interface EventBusOptions {
  /** Called when a listener throws; one broken listener must not stop delivery to the rest. */
  onListenerError?: (error: unknown, event: HearthEvent) => void;
}

export class EventBus {
  private readonly byStream = new Map<string, Set<EventListener>>();
  private readonly everything = new Set<EventListener>();
  private readonly onListenerError: (error: unknown, event: HearthEvent) => void;

  constructor(options: EventBusOptions = {}) {
    this.onListenerError = options.onListenerError ?? (() => {});
  }

  /** Listens to one stream; returns the function that stops listening. */
  subscribe(stream: string, listener: EventListener): () => void {
    let listeners = this.byStream.get(stream);
    if (!listeners) {
      listeners = new Set();
      this.byStream.set(stream, listeners);
    }
    listeners.add(listener);
    return () => {
      const current = this.byStream.get(stream);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.byStream.delete(stream);
    };
  }

  /** Listens to every stream (plugins filter by their own patterns). */
  subscribeAll(listener: EventListener): () => void {
    this.everything.add(listener);
    return () => this.everything.delete(listener);
  }

  publish(event: HearthEvent): void {
    const listeners = this.byStream.get(event.stream);
    // Copy first: a listener may unsubscribe (e.g. a session moving rooms) while we iterate.
    if (listeners) for (const listener of [...listeners]) this.deliver(listener, event);
    for (const listener of [...this.everything]) this.deliver(listener, event);
  }

  listenerCount(stream: string): number {
    return this.byStream.get(stream)?.size ?? 0;
  }

  private deliver(listener: EventListener, event: HearthEvent): void {
    try {
      listener(event);
    } catch (error) {
      this.onListenerError(error, event);
    }
  }
}
