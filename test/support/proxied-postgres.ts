// A fresh PostgreSQL database reached through a TcpProxy, so a test can take it away and bring it
// back (what a PostgreSQL restart looks like to Hearth) without touching the shared server.
import { createEmptyDatabase } from './databases.js';
import { TcpProxy } from './tcp-proxy.js';

export interface ProxiedPostgres {
  /** Connection string through the proxy: what Hearth is given. */
  url: string;
  /** Connection string straight to PostgreSQL: what the test checks the stored rows with. */
  directUrl: string;
  proxy: TcpProxy;
  /** Closes the proxy and drops the database. */
  drop(): Promise<void>;
}

/** Why PostgreSQL-only tests are skipped, or false when they can run. */
export function postgresUnavailableReason(): string | false {
  return process.env['HEARTH_TEST_DATABASE_URL']
    ? false
    : 'HEARTH_TEST_DATABASE_URL is not set: taking the database away needs a real PostgreSQL server';
}

export async function createProxiedPostgres(): Promise<ProxiedPostgres> {
  const empty = await createEmptyDatabase('postgres');
  const directUrl = empty.url!;
  const target = new URL(directUrl);
  const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
  return {
    url: proxy.route(directUrl),
    directUrl,
    proxy,
    async drop() {
      await proxy.close();
      await empty.drop();
    },
  };
}
