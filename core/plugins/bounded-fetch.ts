// Outbound HTTP for plugins with Node's fetch: a time limit for the whole exchange and a byte
// limit on the body, read incrementally so an endless response never fills memory.
import { HearthError } from '../errors.js';
import type { HttpPort, HttpResponse } from './host-services.js';

export class BoundedFetch implements HttpPort {
  async request(method: 'GET' | 'POST', url: URL, body: string | undefined, limits: { timeoutMs: number; maxBytes: number }): Promise<HttpResponse> {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, { method, body, signal, redirect: 'error' });
    } catch (error) {
      if (signal.aborted) throw new HearthError('E_HTTP_TIMEOUT', `${method} ${url.host} took longer than ${limits.timeoutMs} ms.`);
      throw new HearthError('E_HTTP_FAILED', `${method} ${url.host} failed: ${(error as Error).message}`);
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    const reader = response.body?.getReader();
    try {
      for (;;) {
        if (!reader) break;
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        if (received > limits.maxBytes) {
          await reader.cancel();
          throw new HearthError('E_HTTP_TOO_LARGE', `The response from ${url.host} exceeds ${limits.maxBytes} bytes.`);
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof HearthError) throw error;
      throw new HearthError(signal.aborted ? 'E_HTTP_TIMEOUT' : 'E_HTTP_FAILED', `Reading the response from ${url.host} failed.`);
    }
    return { status: response.status, body: Buffer.concat(chunks).toString('utf8') };
  }
}
