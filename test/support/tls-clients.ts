// TLS clients for tests: what certificate a TLS port serves, and a telnet client over TLS.
import { request as httpsRequest } from 'node:https';
import { connect, type TLSSocket } from 'node:tls';
import { TelnetTestClient } from './telnet-client.js';

/** Connects, finishes the handshake, and returns the SHA-256 fingerprint of the certificate served. */
export function servedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', rejectUnauthorized: false, servername: 'localhost' }, () => {
      const fingerprint = socket.getPeerX509Certificate()?.fingerprint256 ?? '';
      socket.destroy();
      resolve(fingerprint);
    });
    socket.once('error', reject);
  });
}

/** A telnet test client on the TLS telnet port, trusting `ca` (the self-signed certificate). */
export function connectTlsTelnet(port: number, ca: string): Promise<TelnetTestClient> {
  return new Promise((resolve, reject) => {
    const socket: TLSSocket = connect({ port, host: '127.0.0.1', ca, servername: 'localhost' }, () => resolve(TelnetTestClient.wrap(socket)));
    socket.once('error', reject);
  });
}

/** GET over HTTPS trusting `ca`; resolves with the status and body. */
export function httpsGet(url: string, ca: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(url, { ca, headers, servername: 'localhost' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.once('error', reject);
    request.end();
  });
}
