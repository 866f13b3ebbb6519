// One talker's says still waiting for their echo. The bench's load is open: a player says the
// next thing on schedule whether or not the last was answered, so several says can be waiting at
// once. Each is known by its text, which carries a token no other say has; a server answers one
// connection's commands in order, so a refusal line (which names no say) answers the oldest.

/** The text of the echo a server shows the speaker: `You say, "<message>"` (Hearth and TinyMUX alike). */
export function echoedMessage(line: string): string | null {
  const prefix = 'You say, "';
  return line.startsWith(prefix) && line.endsWith('"') && line.length > prefix.length ? line.slice(prefix.length, -1) : null;
}

export class SayTracker {
  // Insertion order is sending order: the oldest say comes first.
  private readonly waiting = new Map<string, number>();

  get pending(): number {
    return this.waiting.size;
  }

  /** Notes a say sent at `at` (performance.now() time). */
  sent(message: string, at: number): void {
    this.waiting.set(message, at);
  }

  /** Milliseconds since the say this line echoes was sent, or null when it echoes none still waiting. */
  answer(line: string, at: number): number | null {
    const message = echoedMessage(line);
    if (message === null) return null;
    const sentAt = this.waiting.get(message);
    if (sentAt === undefined) return null;
    this.waiting.delete(message);
    return at - sentAt;
  }

  /** Ends the oldest waiting say as refused; false when none waits (the refusal was of something else). */
  refuseOldest(): boolean {
    const oldest = this.waiting.keys().next();
    if (oldest.done) return false;
    this.waiting.delete(oldest.value);
    return true;
  }

  /** Ends every say sent before `cutoff` as timed out and says how many there were. */
  expire(cutoff: number): number {
    let expired = 0;
    for (const [message, sentAt] of this.waiting) {
      if (sentAt >= cutoff) break;
      this.waiting.delete(message);
      expired += 1;
    }
    return expired;
  }

  /** Forgets every waiting say (the run is over; they are neither answered nor timed out). */
  clear(): void {
    this.waiting.clear();
  }
}
