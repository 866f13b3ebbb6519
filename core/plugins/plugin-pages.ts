// Web pages served by plugins: finds the page a request names among the running plugins'
// manifests (`pages:`), calls its handler with the path and query, and answers what the web layer
// should send. Every refusal is an answer with a status and a sentence, never a thrown error, so
// the server can show a clear page whatever the plugin did. Each plugin's pages share one rate
// limit: visitors cannot make a plugin spend the server's time faster than that.
import { HearthError, PluginCallError } from '../errors.js';
import { TokenBucket } from '../limits/token-bucket.js';
import type { Logger } from '../telemetry/logger.js';
import type { PageOutput } from './plugin-abi.js';
import type { PluginHost } from './plugin-host.js';
import type { PluginSnapshot } from './plugin-snapshot.js';

/** Query parameters passed on at most, and the longest name and value of one. */
export const MAX_PAGE_QUERY_PARAMETERS = 16;
export const MAX_PAGE_QUERY_NAME = 64;
export const MAX_PAGE_QUERY_VALUE = 512;

export type PageAnswer =
  | { kind: 'page'; page: PageOutput }
  | { kind: 'refused'; status: 400 | 404 | 429 | 500 | 503; message: string };

export class PluginPages {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly host: PluginHost,
    private readonly snapshot: () => PluginSnapshot,
    private readonly logger: Logger,
  ) {}

  /** The page at `/plugins/<plugin>/<path>`, rendered by its plugin; `query` is passed on as given. */
  async render(plugin: string, path: string, query: Record<string, string>): Promise<PageAnswer> {
    const manifest = this.snapshot().manifests.find((candidate) => candidate.name === plugin);
    const page = manifest?.pages.find((candidate) => candidate.path === path);
    if (!manifest || !page) return { kind: 'refused', status: 404, message: 'There is no page here.' };
    if (Object.keys(query).length > MAX_PAGE_QUERY_PARAMETERS) {
      return { kind: 'refused', status: 400, message: `A page takes at most ${MAX_PAGE_QUERY_PARAMETERS} query parameters.` };
    }
    for (const [name, value] of Object.entries(query)) {
      if (name.length > MAX_PAGE_QUERY_NAME || value.length > MAX_PAGE_QUERY_VALUE) {
        return { kind: 'refused', status: 400, message: `A query parameter is too long (names up to ${MAX_PAGE_QUERY_NAME} characters, values up to ${MAX_PAGE_QUERY_VALUE}).` };
      }
    }
    if (!this.bucketOf(plugin).tryTake()) return { kind: 'refused', status: 429, message: 'This page is busy right now; try again in a moment.' };
    try {
      return { kind: 'page', page: await this.host.callPage(plugin, page.handler, { path, query }) };
    } catch (error) {
      if (error instanceof PluginCallError && error.code === 'E_PLUGIN_UNAVAILABLE') {
        return { kind: 'refused', status: 503, message: `The ${plugin} plugin is not available right now; try again later.` };
      }
      const code = error instanceof HearthError ? error.code : 'E_INTERNAL';
      this.logger.warn({ err: error, plugin, page: path, code }, 'a plugin page failed');
      return { kind: 'refused', status: 500, message: `The ${plugin} plugin could not show this page (${code}); the error has been logged.` };
    }
  }

  private bucketOf(plugin: string): TokenBucket {
    let bucket = this.buckets.get(plugin);
    if (!bucket) {
      const { pagesPerSecond, pageBurst } = this.host.limits;
      bucket = new TokenBucket({ perSecond: pagesPerSecond, burst: pageBurst });
      this.buckets.set(plugin, bucket);
    }
    return bucket;
  }
}
