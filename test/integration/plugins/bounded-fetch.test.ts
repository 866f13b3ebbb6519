// Outbound HTTP for plugins against a real local server: answers come back whole, and slow,
// endless or redirecting answers are cut off with an error the plugin can act on.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import { BoundedFetch } from '../../../core/plugins/bounded-fetch.js';

describe('BoundedFetch', () => {
  let server: Server;
  let base: string;
  const fetcher = new BoundedFetch();
  const limits = { timeoutMs: 300, maxBytes: 64 * 1024 };

  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/hello') {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => response.end(`${request.method} caf\u00e9 ${body}`));
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('too late'), 2000).unref();
      } else if (request.url === '/endless') {
        const chunk = Buffer.alloc(16 * 1024, 120);
        const timer = setInterval(() => response.write(chunk), 1);
        response.on('close', () => clearInterval(timer));
      } else {
        response.writeHead(302, { location: '/hello' }).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('returns status and body, non-ASCII intact, for GET and POST', async () => {
    assert.deepEqual(await fetcher.request('GET', new URL(`${base}/hello`), undefined, limits), { status: 200, body: 'GET caf\u00e9 ' });
    assert.deepEqual(await fetcher.request('POST', new URL(`${base}/hello`), '\u2713', limits), { status: 200, body: 'POST caf\u00e9 \u2713' });
  });

  it('gives up on a slow answer after the time limit', async () => {
    await assert.rejects(fetcher.request('GET', new URL(`${base}/slow`), undefined, limits), (error: unknown) => errorCode(error) === 'E_HTTP_TIMEOUT');
  });

  it('stops reading an endless answer at the byte limit', async () => {
    await assert.rejects(
      fetcher.request('GET', new URL(`${base}/endless`), undefined, { timeoutMs: 5000, maxBytes: limits.maxBytes }),
      (error: unknown) => errorCode(error) === 'E_HTTP_TOO_LARGE',
    );
  });

  it('refuses redirects, which could lead outside the allowed domains', async () => {
    await assert.rejects(fetcher.request('GET', new URL(`${base}/elsewhere`), undefined, limits), (error: unknown) => errorCode(error) === 'E_HTTP_FAILED');
  });
});
