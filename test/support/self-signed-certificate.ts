// Self-signed certificates for TLS tests, made by Debian's openssl (Node can make keys but not
// certificates): an EC P-256 key and a certificate for localhost and 127.0.0.1, valid a day.
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCertificate {
  certFile: string;
  keyFile: string;
  certPem: string;
  /** SHA-256 fingerprint as Node prints it (AA:BB:...). */
  fingerprint256: string;
}

/** Writes `<name>.crt` and `<name>.key` into `folder`, for a certificate whose CN is `commonName`. */
export async function makeSelfSignedCertificate(folder: string, name: string, commonName = 'localhost'): Promise<TestCertificate> {
  const certFile = join(folder, `${name}.crt`);
  const keyFile = join(folder, `${name}.key`);
  await run('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', `/CN=${commonName}`,
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  const certPem = await readFile(certFile, 'utf8');
  return { certFile, keyFile, certPem, fingerprint256: new X509Certificate(certPem).fingerprint256 };
}
