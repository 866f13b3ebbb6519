// The TLS certificate and key Hearth serves, read from the files HEARTH_TLS_CERT and
// HEARTH_TLS_KEY name, and read again when they change (a renewal by certbot or acme.sh) or on
// SIGHUP. A pair that does not load at start stops the start with E_TLS_INVALID; one that does
// not load later is logged and the previous pair keeps serving, so a renewal caught half-written
// (the new certificate beside the old key) never takes TLS down: the next change is tried again.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { watchFile, unwatchFile, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createSecureContext } from 'node:tls';
import { TlsCertificateError } from '../../core/errors.js';
import type { Logger } from '../../core/telemetry/logger.js';

export interface CertificatePair {
  cert: Buffer;
  key: Buffer;
}

export interface CertificateDetails {
  subject: string;
  validFrom: Date;
  validTo: Date;
  fingerprint256: string;
}

export interface CertificateFilesOptions {
  certFile: string;
  keyFile: string;
  /** How often the files' modification times are checked; polling follows renames and symlink swaps. */
  checkIntervalMs?: number;
}

export type ReloadListener = (pair: CertificatePair) => void;

export class CertificateFiles {
  private readonly listeners = new Set<ReloadListener>();
  private watching = false;
  private pendingReload: NodeJS.Timeout | null = null;

  private constructor(
    private readonly options: CertificateFilesOptions,
    private readonly logger: Logger,
    private current: CertificatePair,
    private currentDetails: CertificateDetails,
  ) {}

  /** Reads and checks the pair; throws TlsCertificateError naming the file and what is wrong. */
  static async load(options: CertificateFilesOptions, logger: Logger): Promise<CertificateFiles> {
    const { pair, details } = await readPair(options);
    warnIfNotValidNow(details, logger);
    return new CertificateFiles(options, logger, pair, details);
  }

  get pair(): CertificatePair {
    return this.current;
  }

  get details(): CertificateDetails {
    return this.currentDetails;
  }

  /** Called with each newly loaded pair (listeners hand it to their TLS servers). */
  onReload(listener: ReloadListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts checking the files for changes. */
  watch(): void {
    if (this.watching) return;
    this.watching = true;
    const interval = this.options.checkIntervalMs ?? 5_000;
    for (const file of [this.options.certFile, this.options.keyFile]) {
      watchFile(file, { interval, persistent: false }, (now: Stats, before: Stats) => {
        if (now.mtimeMs === before.mtimeMs && now.size === before.size && now.ino === before.ino) return;
        this.scheduleReload();
      });
    }
  }

  /** Reads the files again; returns whether a new pair is now served. Never throws. */
  async reload(): Promise<boolean> {
    let loaded: { pair: CertificatePair; details: CertificateDetails };
    try {
      loaded = await readPair(this.options);
    } catch (error) {
      const message = error instanceof TlsCertificateError ? error.message : String(error);
      this.logger.error(
        { code: 'E_TLS_INVALID', servedSubject: this.currentDetails.subject, servedValidTo: this.currentDetails.validTo.toISOString() },
        `TLS certificate not reloaded; the previous one is still served: ${message}`,
      );
      return false;
    }
    if (loaded.pair.cert.equals(this.current.cert) && loaded.pair.key.equals(this.current.key)) return false;
    this.current = loaded.pair;
    this.currentDetails = loaded.details;
    for (const listener of this.listeners) listener(loaded.pair);
    this.logger.info(
      { subject: loaded.details.subject, validTo: loaded.details.validTo.toISOString(), fingerprint256: loaded.details.fingerprint256 },
      'TLS certificate reloaded',
    );
    warnIfNotValidNow(loaded.details, this.logger);
    return true;
  }

  close(): void {
    if (this.pendingReload) clearTimeout(this.pendingReload);
    if (!this.watching) return;
    this.watching = false;
    unwatchFile(this.options.certFile);
    unwatchFile(this.options.keyFile);
  }

  /** The certificate and the key usually change one after the other: wait for both. */
  private scheduleReload(): void {
    if (this.pendingReload) clearTimeout(this.pendingReload);
    this.pendingReload = setTimeout(() => {
      this.pendingReload = null;
      void this.reload();
    }, 200);
    this.pendingReload.unref();
  }
}

async function readPair({ certFile, keyFile }: CertificateFilesOptions): Promise<{ pair: CertificatePair; details: CertificateDetails }> {
  const cert = await readPem(certFile, 'HEARTH_TLS_CERT');
  const key = await readPem(keyFile, 'HEARTH_TLS_KEY');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch (error) {
    throw new TlsCertificateError(`HEARTH_TLS_CERT (${certFile}) holds no PEM certificate Hearth can read (${reason(error)}); give the certificate with its chain, PEM-encoded.`, { cause: error });
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch (error) {
    throw new TlsCertificateError(`HEARTH_TLS_KEY (${keyFile}) holds no private key Hearth can read (${reason(error)}); give the PEM key without a passphrase.`, { cause: error });
  }
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new TlsCertificateError(`The key in ${keyFile} does not belong to the certificate in ${certFile}; give the key the certificate was issued for.`);
  }
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    throw new TlsCertificateError(`${certFile} and ${keyFile} cannot serve TLS: ${reason(error)}.`, { cause: error });
  }
  return {
    pair: { cert, key },
    details: {
      subject: certificate.subject.replaceAll('\n', ', '),
      validFrom: new Date(certificate.validFrom),
      validTo: new Date(certificate.validTo),
      fingerprint256: certificate.fingerprint256,
    },
  };
}

async function readPem(file: string, variable: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new TlsCertificateError(`${variable} names ${file}, which Hearth cannot read (${reason(error)}).`, { cause: error });
  }
}

function warnIfNotValidNow(details: CertificateDetails, logger: Logger): void {
  const now = Date.now();
  if (details.validTo.getTime() < now || details.validFrom.getTime() > now) {
    logger.warn({ subject: details.subject, validFrom: details.validFrom.toISOString(), validTo: details.validTo.toISOString() }, 'the TLS certificate is not valid now; clients will refuse it');
  }
}

function reason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}
