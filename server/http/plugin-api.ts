// The admin HTTP API for plugins, for the `hearth` CLI and for operators' tools: the same
// operations as the in-game @plugin commands, behind a bearer token. Every answer is JSON; a
// refusal carries the error's stable code and a message to act on.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type ErrorBody, type ErrorCode, HearthError } from '../../core/errors.js';
import type { PluginManager } from '../../core/plugins/plugin-manager.js';
import { requireAdminToken } from './admin-token-check.js';

const installBody = z.object({ source: z.string().min(1).max(1000), manifest: z.string().min(1).max(1000).optional() });
const configBody = z.object({ key: z.string().min(1).max(64), value: z.string().max(4096) });
const NOT_FOUND_CODES: ReadonlySet<ErrorCode> = new Set(['E_PLUGIN_UNKNOWN']);

export interface PluginApiOptions {
  plugins: PluginManager;
  token: string;
}

export const pluginApi: FastifyPluginAsync<PluginApiOptions> = async (api, { plugins, token }) => {
  api.addHook('onRequest', requireAdminToken(token));
  api.setErrorHandler(async (error, _request, reply) => {
    if (error instanceof HearthError) return reply.code(NOT_FOUND_CODES.has(error.code) ? 404 : 400).send(failure(error.code, error.message));
    if (error instanceof z.ZodError) return reply.code(400).send(failure('E_REQUEST_INVALID', error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')));
    // Fastify's own refusals of the request itself (body not JSON, too large, wrong content type).
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      if (status === 413) return reply.code(413).send(failure('E_REQUEST_TOO_LARGE', 'The request body is too large; plugin API requests are small JSON objects.'));
      return reply.code(status).send(failure('E_REQUEST_INVALID', `${(error as Error).message}. Send a JSON object with "content-type: application/json".`));
    }
    api.log.error({ err: error }, 'plugin API request failed');
    return reply.code(500).send(failure('E_INTERNAL', 'The request failed inside Hearth; the error has been logged.'));
  });

  api.get('/api/plugins', async () => ({ plugins: plugins.reports() }));
  api.get('/api/plugins/:name', async (request) => ({ plugin: known(plugins, nameOf(request)) }));
  api.post('/api/plugins/install', async (request) => {
    const body = installBody.parse(request.body ?? {});
    const { installed, report } = await plugins.install(body.source, { manifest: body.manifest });
    return { installed, plugin: report };
  });
  api.post('/api/plugins/:name/enable', async (request) => ({ plugin: await plugins.setEnabled(nameOf(request), true) }));
  api.post('/api/plugins/:name/disable', async (request) => ({ plugin: await plugins.setEnabled(nameOf(request), false) }));
  api.post('/api/plugins/:name/reload', async (request) => {
    const { report, reinstalled } = await plugins.reloadPlugin(nameOf(request));
    return { plugin: report, reinstalled };
  });
  api.put('/api/plugins/:name/config', async (request) => {
    const body = configBody.parse(request.body ?? {});
    return { plugin: await plugins.setConfig(nameOf(request), body.key, body.value) };
  });
  api.delete('/api/plugins/:name', async (request, reply: FastifyReply) => {
    await plugins.remove(nameOf(request));
    return reply.code(200).send({ removed: nameOf(request) });
  });
};

function nameOf(request: FastifyRequest): string {
  return String((request.params as { name?: unknown }).name ?? '').toLowerCase();
}

function known(plugins: PluginManager, name: string) {
  const report = plugins.report(name);
  if (!report) throw new HearthError('E_PLUGIN_UNKNOWN', `No plugin is called "${name.slice(0, 64)}".`);
  return report;
}

function failure(code: ErrorCode, message: string): { error: ErrorBody } {
  return { error: { code, message } };
}
