import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benchNetmuxSettings, directiveName, editNetmuxConf } from '../../../../bench/peer/netmux-config.js';

const STOCK = ['# netmux.conf - TinyMUX configuration file', '#', 'input_database\tdata/netmux.db', 'port 2860', 'mud_name AnonymousMUX', '#', 'include alias.conf', '# port 9999 stays a comment', ''].join('\n');

describe('editNetmuxConf', () => {
  it('removes the directives it sets and appends them after every include', () => {
    const edited = editNetmuxConf(STOCK, { port: '4321', command_quota_max: '1000000' }).split('\n');
    assert.equal(edited.filter((line) => directiveName(line) === 'port').length, 1);
    assert.ok(edited.indexOf('port 4321') > edited.indexOf('include alias.conf'));
    assert.ok(edited.includes('command_quota_max 1000000'));
    assert.ok(edited.includes('input_database\tdata/netmux.db'));
    assert.ok(edited.includes('mud_name AnonymousMUX'));
  });

  it('leaves comments alone and matches directive names without regard to case', () => {
    const edited = editNetmuxConf('PORT 2860\n  Output_Limit 16384\n# port 9999\n', { port: '1', output_limit: '2' });
    assert.deepEqual(
      edited.split('\n').filter((line) => directiveName(line) !== null),
      ['port 1', 'output_limit 2'],
    );
    assert.ok(edited.includes('# port 9999'));
  });

  it('gives the same file when run on its own output', () => {
    const settings = benchNetmuxSettings(4321);
    const once = editNetmuxConf(STOCK, settings);
    assert.equal(editNetmuxConf(once, settings), once);
  });
});

describe('benchNetmuxSettings', () => {
  it('sets the port, loopback only, and lifts the quotas issue 14 names', () => {
    const settings = benchNetmuxSettings(4321);
    assert.equal(settings['port'], '4321');
    assert.equal(settings['ip_address'], '127.0.0.1');
    for (const name of ['command_quota_max', 'command_quota_increment', 'pcreate_per_hour']) assert.ok(Number(settings[name]) >= 100_000, name);
  });
});

describe('directiveName', () => {
  it('is null for blank lines and comments, else the first word in lower case', () => {
    assert.equal(directiveName(''), null);
    assert.equal(directiveName('   '), null);
    assert.equal(directiveName('  # port 1'), null);
    assert.equal(directiveName('Article_Rule an ^[aeiou]'), 'article_rule');
  });
});
