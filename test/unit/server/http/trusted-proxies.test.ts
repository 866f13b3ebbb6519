import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TrustedProxies, describeProxyEntryProblem } from '../../../../server/http/trusted-proxies.js';
import { normalizeAddress } from '../../../../server/network-address.js';

describe('TrustedProxies.clientAddress', () => {
  const proxies = new TrustedProxies(['10.0.0.5', '192.168.0.0/16', '::1']);

  it('ignores X-Forwarded-For from a peer that is not a listed proxy', () => {
    assert.equal(proxies.clientAddress('203.0.113.9', '198.51.100.1'), '203.0.113.9');
    assert.equal(proxies.clientAddress('10.0.0.6', '198.51.100.1'), '10.0.0.6');
  });

  it('ignores every header when no proxy is listed', () => {
    const none = new TrustedProxies([]);
    assert.equal(none.clientAddress('10.0.0.5', '198.51.100.1'), '10.0.0.5');
    assert.equal(none.trusts('10.0.0.5'), false);
  });

  it('takes the address a trusted proxy appended', () => {
    assert.equal(proxies.clientAddress('10.0.0.5', '198.51.100.1'), '198.51.100.1');
    assert.equal(proxies.clientAddress('::ffff:10.0.0.5', ' 198.51.100.1 '), '198.51.100.1');
    assert.equal(proxies.clientAddress('::1', '2001:db8::7'), '2001:db8::7');
  });

  it('takes the right-most entry that is not a trusted proxy, never what the client wrote before it', () => {
    // The client forged 1.2.3.4; the proxy appended the address it really saw.
    assert.equal(proxies.clientAddress('10.0.0.5', '1.2.3.4, 198.51.100.1'), '198.51.100.1');
    // Two proxies in a row: the inner one (192.168.1.1) is listed, so its client is the one before it.
    assert.equal(proxies.clientAddress('10.0.0.5', '1.2.3.4, 198.51.100.1, 192.168.1.1'), '198.51.100.1');
    // Repeated headers arrive joined, or as a list.
    assert.equal(proxies.clientAddress('10.0.0.5', ['1.2.3.4', '198.51.100.1']), '198.51.100.1');
  });

  it('stays with the last trusted hop when the header is missing, empty or garbled', () => {
    assert.equal(proxies.clientAddress('10.0.0.5', undefined), '10.0.0.5');
    assert.equal(proxies.clientAddress('10.0.0.5', ''), '10.0.0.5');
    assert.equal(proxies.clientAddress('10.0.0.5', '198.51.100.1, not-an-address'), '10.0.0.5');
    assert.equal(proxies.clientAddress('10.0.0.5', 'unknown, 192.168.3.3'), '192.168.3.3');
  });

  it('returns the left-most entry when every hop is a trusted proxy', () => {
    assert.equal(proxies.clientAddress('10.0.0.5', '192.168.4.4, 192.168.1.1'), '192.168.4.4');
  });

  it('reads ports and brackets some proxies add', () => {
    assert.equal(proxies.clientAddress('10.0.0.5', '198.51.100.1:51234'), '198.51.100.1');
    assert.equal(proxies.clientAddress('10.0.0.5', '[2001:db8::7]:443'), '2001:db8::7');
  });
});

describe('describeProxyEntryProblem', () => {
  it('accepts addresses and ranges of both families', () => {
    for (const entry of ['10.0.0.5', '10.0.0.0/8', '0.0.0.0/0', '::1', 'fd00::/8', '2001:db8::/128']) {
      assert.equal(describeProxyEntryProblem(entry), null, entry);
    }
  });

  it('names what is wrong with a bad entry', () => {
    assert.match(describeProxyEntryProblem('proxy.example.com')!, /not an IP address or range/);
    assert.match(describeProxyEntryProblem('10.0.0.0/33')!, /prefix length \(0 to 32\)/);
    assert.match(describeProxyEntryProblem('fd00::/129')!, /prefix length \(0 to 128\)/);
    assert.match(describeProxyEntryProblem('10.0.0.0/8/8')!, /not an IP address or range/);
    assert.match(describeProxyEntryProblem('10.0.0.0/x')!, /bad prefix length/);
    assert.match(describeProxyEntryProblem('::ffff:10.0.0.0/104')!, /write IPv4 ranges as IPv4/);
  });
});

describe('normalizeAddress', () => {
  it('keys IPv4-mapped IPv6 as IPv4 and refuses what is no address', () => {
    assert.equal(normalizeAddress('::ffff:127.0.0.1'), '127.0.0.1');
    assert.equal(normalizeAddress('::FFFF:127.0.0.1'), '127.0.0.1');
    assert.equal(normalizeAddress('2001:DB8::1'), '2001:db8::1');
    assert.equal(normalizeAddress('unknown'), null);
    assert.equal(normalizeAddress(''), null);
  });
});
