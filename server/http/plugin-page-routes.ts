// GET /plugins/<plugin>/<path>: the web pages plugins serve. The plugin writes the body; Hearth
// alone decides how it is sent: a fixed content type (HTML or plain text, UTF-8), a policy that
// lets no script run and nothing load from elsewhere, no sniffing, no framing. When the plugin
// has no such page, is away, or fails, the visitor gets a short page saying so.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { PluginPages } from '../../core/plugins/plugin-pages.js';
import type { PageOutput } from '../../core/plugins/plugin-abi.js';

export interface PluginPageRouteOptions {
  pages: PluginPages;
}

/** No script, no plugin, nothing fetched from anywhere; inline styles only, for the page's own colours. */
export const PLUGIN_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<PageOutput['type'], string> = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

const PLUGIN_NAME = /^[a-z][a-z0-9-]{1,31}$/;
const TITLES: Record<number, string> = { 400: 'Bad request', 403: 'Not allowed', 404: 'Not found', 429: 'Busy', 500: 'This page failed', 503: 'Unavailable' };

export const pluginPageRoutes: FastifyPluginAsync<PluginPageRouteOptions> = async (app, { pages }) => {
  const serve = async (request: FastifyRequest, reply: FastifyReply, page: string): Promise<FastifyReply> => {
    const plugin = String((request.params as { plugin?: unknown }).plugin ?? '');
    if (!PLUGIN_NAME.test(plugin) || page.length > 64) return refuse(reply, 404, 'There is no page here.');
    const answer = await pages.render(plugin, page, queryOf(request.query));
    if (answer.kind === 'refused') return refuse(reply, answer.status, answer.message);
    const { status, type, body, filename } = answer.page;
    secureHeaders(reply).code(status).type(CONTENT_TYPES[type]);
    if (filename) reply.header('Content-Disposition', `attachment; filename="${filename}"`);
    return reply.send(body);
  };
  app.get('/plugins/:plugin', (request, reply) => serve(request, reply, ''));
  app.get('/plugins/:plugin/', (request, reply) => serve(request, reply, ''));
  app.get('/plugins/:plugin/:page', (request, reply) => serve(request, reply, String((request.params as { page?: unknown }).page ?? '')));
};

function secureHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('Content-Security-Policy', PLUGIN_PAGE_POLICY)
    .header('X-Content-Type-Options', 'nosniff')
    .header('X-Frame-Options', 'DENY')
    .header('Referrer-Policy', 'no-referrer')
    .header('Cache-Control', 'no-cache');
}

function refuse(reply: FastifyReply, status: number, message: string): FastifyReply {
  const title = TITLES[status] ?? 'Error';
  const body = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><h1>${title}</h1>\n<p>${escapeText(message)}</p>\n</body></html>\n`;
  if (status === 429) reply.header('Retry-After', '1');
  return secureHeaders(reply).code(status).type(CONTENT_TYPES.html).send(body);
}

/** The first value of each query parameter, as text (Fastify gives arrays for repeated names). */
function queryOf(query: unknown): Record<string, string> {
  // No prototype: a parameter named __proto__ is just a name.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (typeof query !== 'object' || query === null) return out;
  for (const [name, value] of Object.entries(query as Record<string, unknown>)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[name] = first;
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
