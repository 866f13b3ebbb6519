import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MonitoringAccess, type MonitoringRequest } from '../../../../server/http/monitoring-access.js';

const TOKEN = 'a-long-admin-token-0123456789';
const from = (peer: string, extra: Partial<MonitoringRequest> = {}): MonitoringRequest => ({ peer, forwardedFor: undefined, authorization: undefined, ...extra });

describe('MonitoringAccess', () => {
  it('lets anyone in with any', () => {
    assert.ok(new MonitoringAccess({ kind: 'any' }, null).allows(from('203.0.113.9')));
  });

  it('with token, lets in only the admin token, from anywhere', () => {
    const access = new MonitoringAccess({ kind: 'token' }, TOKEN);
    assert.ok(access.allows(from('203.0.113.9', { authorization: `Bearer ${TOKEN}` })));
    assert.ok(!access.allows(from('127.0.0.1')));
    assert.ok(!access.allows(from('127.0.0.1', { authorization: `Bearer ${TOKEN}x` })));
    assert.ok(!access.allows(from('127.0.0.1', { authorization: TOKEN })));
    assert.ok(!access.allows(from('127.0.0.1', { authorization: 'Bearer ' })));
  });

  it('with token but no token on the server, lets no one in', () => {
    const access = new MonitoringAccess({ kind: 'token' }, null);
    assert.ok(!access.allows(from('127.0.0.1', { authorization: 'Bearer null' })));
  });

  it('with addresses, lets in those addresses and ranges (IPv4-mapped too) and the token', () => {
    const access = new MonitoringAccess({ kind: 'addresses', entries: ['10.1.0.0/16', '::1', '192.0.2.7'] }, TOKEN);
    assert.ok(access.allows(from('10.1.200.3')));
    assert.ok(access.allows(from('::ffff:10.1.0.1')));
    assert.ok(access.allows(from('::1')));
    assert.ok(access.allows(from('192.0.2.7')));
    assert.ok(!access.allows(from('10.2.0.1')));
    assert.ok(!access.allows(from('127.0.0.1')));
    assert.ok(access.allows(from('198.51.100.1', { authorization: `Bearer ${TOKEN}` })));
    assert.ok(!access.allows(from('not an address')));
  });

  it('believes X-Forwarded-For only from a trusted proxy', () => {
    const access = new MonitoringAccess({ kind: 'addresses', entries: ['192.0.2.7'] }, null, ['10.0.0.5']);
    assert.ok(access.allows(from('10.0.0.5', { forwardedFor: '192.0.2.7' })));
    assert.ok(!access.allows(from('10.0.0.5', { forwardedFor: '203.0.113.1' })), 'the proxy itself is not listed');
    assert.ok(!access.allows(from('203.0.113.1', { forwardedFor: '192.0.2.7' })), 'anyone else cannot claim a listed address');
  });
});
