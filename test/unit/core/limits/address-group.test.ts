// Per-address limits count IPv4 addresses one by one and IPv6 addresses by their /64.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressGroup } from '../../../../core/limits/address-group.js';

describe('addressGroup', () => {
  it('keeps IPv4 addresses and anything that is not an address as they are', () => {
    assert.equal(addressGroup('203.0.113.9'), '203.0.113.9');
    assert.equal(addressGroup('unknown'), 'unknown');
  });

  it('puts every address of one IPv6 /64 in one group, however it is written', () => {
    const group = '2001:db8:1:2::/64';
    for (const address of ['2001:db8:1:2::1', '2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:DB8:1:2:a:b:c:d', '2001:db8:1:2::1.2.3.4', 'fe80::1%eth0'.replace('fe80::1', '2001:db8:1:2::9')]) {
      assert.equal(addressGroup(address), group, address);
    }
    assert.notEqual(addressGroup('2001:db8:1:3::1'), group);
    assert.equal(addressGroup('::1'), '0:0:0:0::/64');
  });
});
