// `POST /api/backup`: the running server writes a backup and sends it back (the `hearth backup`
// CLI uses this for the embedded database, which only the server may open while it runs). Behind
// the admin token, like the plugin API. One backup at a time; the file is removed once sent.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { type ErrorBody, HearthError } from '../../core/errors.js';
import type { BackupManifest } from '../backup/backup-archive.js';
import { bearerTokenCheck } from './bearer-token.js';

export interface BackupApiOptions {
  token: string;
  /** Writes a complete backup to `target`. */
  backup(target: string): Promise<BackupManifest>;
}

export const BACKUP_MANIFEST_HEADER = 'x-hearth-backup';

export const backupApi: FastifyPluginAsync<BackupApiOptions> = async (api, options) => {
  const authorized = bearerTokenCheck(options.token);
  let running: Promise<unknown> = Promise.resolve();
  api.addHook('onRequest', async (request, reply) => {
    if (!authorized(request.headers.authorization)) {
      await reply.code(401).send({ error: { code: 'E_UNAUTHORIZED', message: 'Send the admin token as "Authorization: Bearer <token>" (HEARTH_ADMIN_TOKEN, or the admin-token file in the data folder).' } satisfies ErrorBody });
    }
  });
  api.post('/api/backup', async (_request, reply) => {
    const work = await mkdtemp(join(tmpdir(), 'hearth-backup-api-'));
    const file = join(work, 'backup.tar.gz');
    const made = running.then(() => options.backup(file));
    running = made.catch(() => undefined);
    let manifest: BackupManifest;
    try {
      manifest = await made;
    } catch (error) {
      await rm(work, { recursive: true, force: true });
      const known = error instanceof HearthError;
      if (!known) api.log.error({ err: error }, 'backup failed');
      return reply.code(500).send({ error: { code: known ? error.code : 'E_BACKUP_FAILED', message: known ? error.message : 'The backup failed inside Hearth; the error has been logged.' } satisfies ErrorBody });
    }
    const stream = createReadStream(file);
    stream.once('close', () => void rm(work, { recursive: true, force: true }));
    return reply.type('application/gzip').header(BACKUP_MANIFEST_HEADER, JSON.stringify(manifest)).send(stream);
  });
};
