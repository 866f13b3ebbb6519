// `/health` and `/metrics`. /health always answers whether the server is up (load balancers and
// container health checks need no token); its details (players, database, memory) and /metrics
// only for whoever HEARTH_METRICS_ALLOW lets in. A refused scrape gets 401 with a message saying
// how to get in.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../../core/errors.js';
import type { HealthReport } from './http-server.js';
import { MonitoringAccess } from './monitoring-access.js';
import type { MonitoringAllow } from '../operations-config.js';

export interface MonitoringOptions {
  allow: MonitoringAllow;
  /** The admin token, which always lets a request in; null when the server has none. */
  token: string | null;
  /** The Prometheus exposition; without it there is no /metrics. */
  metrics?: { render(): Promise<string>; contentType: string };
}

export interface MonitoringRoutesOptions extends MonitoringOptions {
  health: () => HealthReport;
  trustedProxies: readonly string[];
}

export const monitoringRoutes: FastifyPluginAsync<MonitoringRoutesOptions> = async (app, options) => {
  const access = new MonitoringAccess(options.allow, options.token, options.trustedProxies);
  const allowed = (request: FastifyRequest): boolean =>
    access.allows({ peer: request.socket.remoteAddress ?? '', forwardedFor: request.headers['x-forwarded-for'], authorization: request.headers.authorization });

  app.get('/health', async (request) => {
    const report = options.health();
    return allowed(request) ? report : { status: report.status };
  });

  const metrics = options.metrics;
  if (!metrics) return;
  app.get('/metrics', async (request, reply) => {
    if (!allowed(request)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: { code: 'E_UNAUTHORIZED', message: 'Send the admin token as "Authorization: Bearer <token>", or scrape from an address HEARTH_METRICS_ALLOW lists.' } satisfies ErrorBody });
    }
    return reply.type(metrics.contentType).send(await metrics.render());
  });
};
