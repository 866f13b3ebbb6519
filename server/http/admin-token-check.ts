// The bearer-token check every admin HTTP API shares (plugins, accounts): the token is compared
// as SHA-256 digests with timingSafeEqual, so neither its contents nor its length leak by timing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { onRequestAsyncHookHandler } from 'fastify';
import type { ErrorBody } from '../../core/errors.js';

/** An onRequest hook answering 401 to any request without `Authorization: Bearer <token>`. */
export function requireAdminToken(token: string): onRequestAsyncHookHandler {
  const expected = digest(token);
  return async (request, reply) => {
    const offered = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (offered === undefined || !timingSafeEqual(digest(offered), expected)) {
      await reply.code(401).send({
        error: { code: 'E_UNAUTHORIZED', message: 'Send the admin token as "Authorization: Bearer <token>" (HEARTH_ADMIN_TOKEN, or the admin-token file in the data folder).' } satisfies ErrorBody,
      });
    }
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
