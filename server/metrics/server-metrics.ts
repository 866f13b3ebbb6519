// One server's /metrics: the process's counters and histograms (core/telemetry/metrics.ts) and
// this server's live figures, read at each scrape from where they already are: sessions by
// transport, plugin status, write backlogs, database state, the heap after full collections and
// the TLS certificate's expiry. Nothing here runs between scrapes but the outage counter.
import { Counter, Gauge, Registry } from 'prom-client';
import type { HearthCore } from '../../core/hearth-core.js';
import type { PluginStatus } from '../../core/plugins/plugin-health.js';
import type { SessionState } from '../../core/sessions/session.js';
import type { TransportKind } from '../../core/sessions/transport.js';
import { enableProcessMetrics, processRegistry } from '../../core/telemetry/metrics.js';
import type { MemoryWatch } from '../memory-report.js';
import { HEARTH_VERSION } from '../server-status.js';

export interface ServerMetricsSources {
  core: HearthCore;
  memory: MemoryWatch;
  /** When the TLS certificate in use stops being valid; absent without TLS. */
  certificateExpiry?: () => Date | null;
}

export interface ServerMetrics {
  /** The exposition, in Prometheus text format 0.0.4. */
  render(): Promise<string>;
  readonly contentType: string;
  /** Stops counting this server's database outages. */
  close(): void;
}

const STATUSES: PluginStatus[] = ['loading', 'ready', 'error', 'disabled'];
const TRANSPORTS: TransportKind[] = ['telnet', 'websocket'];

export function createServerMetrics({ core, memory, certificateExpiry }: ServerMetricsSources): ServerMetrics {
  enableProcessMetrics();
  const registry = new Registry();
  const registers = [registry];

  new Gauge({
    name: 'hearth_info',
    help: 'Always 1; the labels say which Hearth and which database.',
    labelNames: ['version', 'database'],
    registers,
    collect() {
      this.set({ version: HEARTH_VERSION, database: core.database.driver }, 1);
    },
  });
  new Gauge({
    name: 'hearth_connections',
    help: 'Open connections, logged in or not, by transport and whether they use TLS.',
    labelNames: ['transport', 'tls'],
    registers,
    collect() {
      setSessionCounts(this, core, () => true);
    },
  });
  new Gauge({
    name: 'hearth_players',
    help: 'Logged-in sessions (players connected), by transport and whether they use TLS.',
    labelNames: ['transport', 'tls'],
    registers,
    collect() {
      setSessionCounts(this, core, (state) => state === 'playing');
    },
  });
  new Gauge({
    name: 'hearth_plugin_status',
    help: 'Each plugin has 1 on its current status (loading, ready, error, disabled) and 0 on the others.',
    labelNames: ['plugin', 'status'],
    registers,
    collect() {
      this.reset();
      for (const report of core.plugins.reports()) {
        for (const status of STATUSES) this.set({ plugin: report.name, status }, report.status === status ? 1 : 0);
      }
    },
  });
  new Gauge({
    name: 'hearth_write_backlog',
    help: 'Writes accepted but not yet in the database: events (group commit), kv (plugin key-value writes), locations (moves).',
    labelNames: ['kind'],
    registers,
    collect() {
      for (const [kind, count] of Object.entries(core.backlogs())) this.set({ kind }, count);
    },
  });
  new Gauge({
    name: 'hearth_database_up',
    help: '1 while the database answers, 0 while Hearth is refusing commands and retrying it.',
    registers,
    collect() {
      this.set(core.database.health.available ? 1 : 0);
    },
  });
  const outages = new Counter({ name: 'hearth_database_outages_total', help: 'Times the database became unreachable since the server started.', registers });
  const stopCountingOutages = core.database.health.onChange((state) => {
    if (state === 'unavailable') outages.inc();
  });
  new Gauge({
    name: 'hearth_heap_after_full_gc_bytes',
    help: "V8's old generation right after the last full garbage collection: what the server really holds (steady growth is a leak).",
    registers,
    collect() {
      const bytes = memory.heapAfterFullGcBytes();
      if (bytes !== null) this.set(bytes);
    },
  });
  if (certificateExpiry) {
    new Gauge({
      name: 'hearth_tls_certificate_expiry_timestamp_seconds',
      help: 'When the TLS certificate in use stops being valid, in Unix seconds: alert well before it.',
      registers,
      collect() {
        const expiry = certificateExpiry();
        if (expiry) this.set(Math.floor(expiry.getTime() / 1000));
      },
    });
  }

  return {
    contentType: registry.contentType,
    async render() {
      const [shared, own] = await Promise.all([processRegistry.metrics(), registry.metrics()]);
      return `${shared}\n${own}`;
    },
    close: () => {
      stopCountingOutages();
    },
  };
}

/** Sessions in the states `counted`, by transport and TLS; every combination is shown, zeros too. */
function setSessionCounts(gauge: Gauge<'transport' | 'tls'>, core: HearthCore, counted: (state: SessionState) => boolean): void {
  const counts = new Map<string, number>();
  for (const session of core.sessions.sessions()) {
    if (!counted(session.state)) continue;
    const key = `${session.transport.kind}|${session.transport.secure === true}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const transport of TRANSPORTS) {
    for (const tls of ['false', 'true']) gauge.set({ transport, tls }, counts.get(`${transport}|${tls}`) ?? 0);
  }
}
