import assert from 'node:assert/strict';
import { isAbsolute } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../../server/config.js';

describe('operator settings', () => {
  it('defaults to automatic log format, no TLS and open monitoring', () => {
    const config = loadConfig({});
    assert.equal(config.logFormat, 'auto');
    assert.equal(config.tls, null);
    assert.deepEqual(config.monitoringAllow, { kind: 'any' });
  });

  it('reads TLS files and ports, resolving the paths', () => {
    const config = loadConfig({ HEARTH_TLS_CERT: 'certs/fullchain.pem', HEARTH_TLS_KEY: 'certs/privkey.pem', HEARTH_TLS_TELNET_PORT: '6697', HEARTH_HTTPS_PORT: '0' });
    assert.ok(config.tls && isAbsolute(config.tls.certFile) && config.tls.certFile.endsWith('certs/fullchain.pem'));
    assert.equal(config.tls.telnetPort, 6697);
    assert.equal(config.tls.httpsPort, 0);
    assert.equal(loadConfig({ HEARTH_TLS_CERT: 'c.pem', HEARTH_TLS_KEY: 'k.pem' }).tls?.telnetPort, 4202);
    assert.equal(loadConfig({ HEARTH_TLS_CERT: 'c.pem', HEARTH_TLS_KEY: 'k.pem' }).tls?.httpsPort, 4443);
  });

  it('refuses a certificate without its key, or a key without its certificate', () => {
    assert.throws(() => loadConfig({ HEARTH_TLS_CERT: 'c.pem' }), { code: 'E_CONFIG_INVALID', message: /HEARTH_TLS_CERT is set without HEARTH_TLS_KEY/ });
    assert.throws(() => loadConfig({ HEARTH_TLS_KEY: 'k.pem' }), { code: 'E_CONFIG_INVALID', message: /HEARTH_TLS_KEY is set without HEARTH_TLS_CERT/ });
  });

  it('reads who may read /metrics', () => {
    assert.deepEqual(loadConfig({ HEARTH_METRICS_ALLOW: 'token' }).monitoringAllow, { kind: 'token' });
    assert.deepEqual(loadConfig({ HEARTH_METRICS_ALLOW: ' 10.0.0.0/8, ::1 ' }).monitoringAllow, { kind: 'addresses', entries: ['10.0.0.0/8', '::1'] });
    assert.throws(() => loadConfig({ HEARTH_METRICS_ALLOW: 'everyone' }), { code: 'E_CONFIG_INVALID', message: /HEARTH_METRICS_ALLOW/ });
    assert.throws(() => loadConfig({ HEARTH_METRICS_ALLOW: 'any,10.0.0.1' }), /HEARTH_METRICS_ALLOW/);
    assert.throws(() => loadConfig({ HEARTH_METRICS_ALLOW: ',' }), /HEARTH_METRICS_ALLOW/);
  });

  it('reads the log format', () => {
    assert.equal(loadConfig({ HEARTH_LOG_FORMAT: 'json' }).logFormat, 'json');
    assert.throws(() => loadConfig({ HEARTH_LOG_FORMAT: 'xml' }), /HEARTH_LOG_FORMAT/);
  });
});
