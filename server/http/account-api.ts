// The admin HTTP API for accounts, behind the same bearer token as the plugin API: for now the
// way out of a lockout (`hearth account unlock <name>` goes through it while a server runs, since
// the locks per address live in the server's memory).
import type { FastifyPluginAsync } from 'fastify';
import type { Accounts } from '../../core/auth/accounts.js';
import { AccountUnknownError } from '../../core/errors.js';
import { requireAdminToken } from './admin-token-check.js';

export interface AccountApiOptions {
  accounts: Accounts;
  token: string;
}

export const accountApi: FastifyPluginAsync<AccountApiOptions> = async (api, { accounts, token }) => {
  api.addHook('onRequest', requireAdminToken(token));
  api.post('/api/accounts/:name/unlock', async (request, reply) => {
    const name = String((request.params as { name?: unknown }).name ?? '');
    const account = await accounts.unlock(name);
    if (!account) {
      const unknown = new AccountUnknownError(name);
      return reply.code(404).send({ error: { code: unknown.code, message: unknown.message } });
    }
    return { unlocked: account.name };
  });
};
