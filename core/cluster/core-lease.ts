// One active core at a time: the core that holds the lease, a key in a NATS KV bucket whose
// entries expire `ttlMs` after they were written. The active core rewrites it (compare-and-set on
// its revision) several times a lease; a standby tries to create it, which succeeds only once the
// key is gone: deleted by a core that stopped, or expired after one died. A core that fails to
// renew has lost the lease (a standby may already have it) and must stop at once.
import { type KV, Kvm } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../telemetry/logger.js';

export const LEASE_BUCKET = 'hearth_core_lease';
const LEASE_KEY = 'active';

export interface CoreLeaseOptions {
  /** How long a lease outlives its holder's last renewal: the longest a dead core blocks a standby. */
  ttlMs: number;
  /** Who holds it (shown in logs and to the standby). */
  holder: string;
}

export class CoreLease {
  private revision = 0;
  private renewal: NodeJS.Timeout | null = null;
  private released = false;

  private constructor(
    private readonly kv: KV,
    private readonly options: CoreLeaseOptions,
    private readonly logger: Logger,
  ) {}

  static async open(nats: NatsConnection, options: CoreLeaseOptions, logger: Logger): Promise<CoreLease> {
    const kv = await new Kvm(nats).create(LEASE_BUCKET, { ttl: options.ttlMs, history: 1 });
    return new CoreLease(kv, options, logger);
  }

  /** Waits until this core holds the lease. */
  async acquire(retryMs = 200): Promise<void> {
    let told = false;
    for (;;) {
      try {
        this.revision = await this.kv.create(LEASE_KEY, this.options.holder);
        this.logger.info({ holder: this.options.holder }, 'holding the core lease');
        return;
      } catch {
        if (!told) {
          told = true;
          const current = await this.kv.get(LEASE_KEY).catch(() => null);
          this.logger.info({ activeCore: current?.string() ?? 'unknown' }, 'Hearth core is standing by');
        }
        await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
    }
  }

  /**
   * Renews the lease a few times per lifetime. A renewal that fails is looked into rather than
   * taken for a loss: NATS may be away for a moment (then nobody else can take the lease either),
   * or the key may have expired with nobody else holding it (then it is taken again). Only another
   * holder in the key means the lease is lost; `lost` then runs once.
   */
  keepRenewing(lost: () => void): void {
    const every = Math.max(100, Math.floor(this.options.ttlMs / 4));
    // Each renewal waits for the one before, so two never race on one revision.
    const renew = async (): Promise<void> => {
      const outcome = await this.renewOnce();
      if (this.released) return;
      if (outcome === 'lost') {
        this.logger.fatal({ holder: this.options.holder }, 'lost the core lease: another core holds it');
        lost();
        return;
      }
      this.renewal = setTimeout(() => void renew(), every);
    };
    this.renewal = setTimeout(() => void renew(), every);
  }

  private async renewOnce(): Promise<'held' | 'unsure' | 'lost'> {
    try {
      this.revision = await this.kv.update(LEASE_KEY, this.options.holder, this.revision);
      return 'held';
    } catch (error) {
      this.logger.warn({ err: error }, 'could not renew the core lease; looking into why');
    }
    try {
      const entry = await this.kv.get(LEASE_KEY);
      if (entry && entry.operation === 'PUT') {
        if (entry.string() !== this.options.holder) return 'lost';
        this.revision = entry.revision;
        return 'held';
      }
      this.revision = await this.kv.create(LEASE_KEY, this.options.holder);
      this.logger.warn({ holder: this.options.holder }, 'the core lease had lapsed with nobody else holding it; taken again');
      return 'held';
    } catch (error) {
      this.logger.warn({ err: error }, 'the core lease cannot be checked right now (NATS away?); trying again');
      return 'unsure';
    }
  }

  /** Gives the lease up (a clean stop), so a standby takes over at once rather than after the TTL. */
  async release(): Promise<void> {
    this.released = true;
    this.stopRenewing();
    await this.kv.delete(LEASE_KEY, { previousSeq: this.revision }).catch(() => undefined);
  }

  private stopRenewing(): void {
    if (this.renewal) clearTimeout(this.renewal);
    this.renewal = null;
  }
}
