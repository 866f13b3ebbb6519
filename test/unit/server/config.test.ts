import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../../server/config.js';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    assert.equal(config.telnetPort, 4201);
    assert.equal(config.httpPort, 4280);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.name, 'Hearth');
    assert.equal(config.databaseUrl, undefined);
    assert.ok(config.dataDir.endsWith('data'));
    assert.equal(config.maxLineBytes, 8192);
  });

  it('reads the environment, port 0 included', () => {
    const config = loadConfig({
      HEARTH_TELNET_PORT: '0',
      HEARTH_HTTP_PORT: '0',
      DATABASE_URL: 'postgres://u:p@localhost:5432/hearth',
      HEARTH_BOOTSTRAP_ADMIN: 'Root:pass:with:colons',
      HEARTH_NAME: 'Ember Isle',
    });
    assert.equal(config.telnetPort, 0);
    assert.equal(config.name, 'Ember Isle');
    assert.equal(config.httpPort, 0);
    assert.equal(config.databaseUrl, 'postgres://u:p@localhost:5432/hearth');
    assert.deepEqual(config.bootstrapAdmin, { name: 'Root', password: 'pass:with:colons' });
  });

  it('reads plugin limits an operator sets, and leaves the rest to their defaults', () => {
    const config = loadConfig({ HEARTH_PLUGIN_TIMEOUT_CEILING_MS: '9000', HEARTH_PLUGIN_EMIT_BURST: '40' });
    assert.deepEqual(config.pluginLimits, { timeoutCeilingMs: 9000, emitBurst: 40 });
    assert.deepEqual(loadConfig({}).pluginLimits, {});
    assert.throws(() => loadConfig({ HEARTH_PLUGIN_MAX_HOPS: '-1' }), /HEARTH_PLUGIN_MAX_HOPS/);
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '' }).databaseUrl, undefined);
  });

  it('refuses bad values with E_CONFIG_INVALID naming the variable', () => {
    for (const [key, value] of [
      ['HEARTH_TELNET_PORT', '70000'],
      ['HEARTH_HTTP_PORT', 'eighty'],
      ['DATABASE_URL', 'not a url'],
      ['HEARTH_BOOTSTRAP_ADMIN', 'nopassword'],
      ['HEARTH_LOG_LEVEL', 'loud'],
      ['HEARTH_NAME', 'x'.repeat(61)],
    ] as const) {
      assert.throws(() => loadConfig({ [key]: value }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'E_CONFIG_INVALID');
        assert.match(error.message, new RegExp(key));
        return true;
      });
    }
  });

  it('reads the login limits, with the documented defaults', () => {
    assert.deepEqual(loadConfig({}).loginLimits, {
      maxFailedLogins: 5,
      maxFailedLoginsEverywhere: 10,
      lockMs: 300_000,
      maxFailuresPerAddress: 20,
      addressWindowMs: 600_000,
      signupsPerAddress: 5,
      signupWindowMs: 3_600_000,
      charactersPerAccount: 5,
    });
    const config = loadConfig({
      HEARTH_LOGIN_ACCOUNT_FAILURES: '3',
      HEARTH_LOGIN_ACCOUNT_WIDE_FAILURES: '12',
      HEARTH_LOGIN_ACCOUNT_LOCK_SECONDS: '900',
      HEARTH_LOGIN_ADDRESS_FAILURES: '50',
      HEARTH_LOGIN_ADDRESS_WINDOW_SECONDS: '60',
      HEARTH_SIGNUPS_PER_ADDRESS: '2',
      HEARTH_SIGNUP_WINDOW_SECONDS: '86400',
      HEARTH_CHARACTERS_PER_ACCOUNT: '2',
    });
    assert.deepEqual(config.loginLimits, {
      maxFailedLogins: 3,
      maxFailedLoginsEverywhere: 12,
      lockMs: 900_000,
      maxFailuresPerAddress: 50,
      addressWindowMs: 60_000,
      signupsPerAddress: 2,
      signupWindowMs: 86_400_000,
      charactersPerAccount: 2,
    });
  });

  it('refuses login limits that are not whole numbers within their bounds', () => {
    for (const [key, value] of [
      ['HEARTH_LOGIN_ACCOUNT_FAILURES', '0'],
      ['HEARTH_LOGIN_ACCOUNT_FAILURES', 'five'],
      ['HEARTH_LOGIN_ACCOUNT_FAILURES', '1001'],
      ['HEARTH_LOGIN_ACCOUNT_LOCK_SECONDS', '-5'],
      ['HEARTH_CHARACTERS_PER_ACCOUNT', '0'],
      ['HEARTH_CHARACTERS_PER_ACCOUNT', '101'],
      ['HEARTH_LOGIN_ACCOUNT_LOCK_SECONDS', '604801'],
      ['HEARTH_LOGIN_ADDRESS_FAILURES', '2.5'],
      ['HEARTH_LOGIN_ADDRESS_WINDOW_SECONDS', '86401'],
      ['HEARTH_SIGNUPS_PER_ADDRESS', '0'],
      ['HEARTH_LOGIN_ACCOUNT_WIDE_FAILURES', '1001'],
      ['HEARTH_SIGNUP_WINDOW_SECONDS', '604801'],
    ] as const) {
      assert.throws(
        () => loadConfig({ [key]: value }),
        (error: Error & { code?: string }) => error.code === 'E_CONFIG_INVALID' && error.message.includes(key),
        `${key}=${value}`,
      );
    }
  });

  it('reads the connection caps and HTTP timeouts, with the documented defaults and bounds', () => {
    const defaults = loadConfig({});
    assert.equal(defaults.maxConnectionsPerAddress, 20);
    assert.deepEqual(defaults.httpTimeouts, { headersSeconds: 10, requestSeconds: 30, keepAliveSeconds: 5 });
    const config = loadConfig({
      HEARTH_MAX_CONNECTIONS_PER_ADDRESS: '3',
      HEARTH_HTTP_HEADERS_TIMEOUT_SECONDS: '2',
      HEARTH_HTTP_REQUEST_TIMEOUT_SECONDS: '4',
      HEARTH_HTTP_KEEP_ALIVE_SECONDS: '1',
    });
    assert.equal(config.maxConnectionsPerAddress, 3);
    assert.deepEqual(config.httpTimeouts, { headersSeconds: 2, requestSeconds: 4, keepAliveSeconds: 1 });
    for (const [key, value] of [
      ['HEARTH_MAX_CONNECTIONS_PER_ADDRESS', '0'],
      ['HEARTH_HTTP_HEADERS_TIMEOUT_SECONDS', '0'],
      ['HEARTH_HTTP_HEADERS_TIMEOUT_SECONDS', '301'],
      ['HEARTH_HTTP_REQUEST_TIMEOUT_SECONDS', '3601'],
      ['HEARTH_HTTP_KEEP_ALIVE_SECONDS', '601'],
    ] as const) {
      assert.throws(() => loadConfig({ [key]: value }), (error: Error & { code?: string }) => error.code === 'E_CONFIG_INVALID' && error.message.includes(key), `${key}=${value}`);
    }
  });

  it('reads trusted proxies as a comma-separated list, none by default', () => {
    assert.deepEqual(loadConfig({}).trustedProxies, []);
    assert.deepEqual(loadConfig({ HEARTH_TRUSTED_PROXIES: ' 10.0.0.5, 192.168.0.0/16 ,::1,' }).trustedProxies, ['10.0.0.5', '192.168.0.0/16', '::1']);
    assert.throws(
      () => loadConfig({ HEARTH_TRUSTED_PROXIES: '10.0.0.5,proxy.example.com' }),
      (error: Error & { code?: string }) =>
        error.code === 'E_CONFIG_INVALID' && /HEARTH_TRUSTED_PROXIES: "proxy\.example\.com" is not an IP address/.test(error.message),
    );
  });
});
