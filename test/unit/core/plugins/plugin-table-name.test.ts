// Plugin table and index names: distinct for every distinct (plugin, table), which the old
// `plugin_<plugin>_<table>` form was not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { legacyPluginTableName, pluginIndexName, pluginTableName } from '../../../../core/plugins/plugin-table-name.js';

// Short names over a tiny alphabet, so that every way two pairs could run together is tried.
const PLUGINS = ['ab', 'a-b', 'a-b-c', 'ab-c', 'a--b', 'a-bc', 'abc'];
const TABLES = ['c', 'b_c', 'c_d', 'bc', 'b', 'b__c', 'd'];

describe('plugin table names', () => {
  it('keep rt-dice\'s roller_rolls and rt-dice-roller\'s rolls apart, which the old names did not', () => {
    assert.equal(legacyPluginTableName('rt-dice', 'roller_rolls'), legacyPluginTableName('rt-dice-roller', 'rolls'));
    assert.equal(pluginTableName('rt-dice', 'roller_rolls'), 'plugin_rt_dice$roller_rolls');
    assert.equal(pluginTableName('rt-dice-roller', 'rolls'), 'plugin_rt_dice_roller$rolls');
  });

  it('never give two different (plugin, table) pairs one name, nor a table an index\'s name', () => {
    const seen = new Map<string, string>();
    for (const plugin of PLUGINS) {
      for (const table of TABLES) {
        const names = [pluginTableName(plugin, table), pluginIndexName(plugin, table, ['x']), pluginIndexName(plugin, table, ['x_y']), pluginIndexName(plugin, table, ['x', 'y'])];
        for (const [index, name] of names.entries()) {
          const owner = `${plugin}/${table}#${index}`;
          assert.equal(seen.get(name), undefined, `${owner} and ${seen.get(name)} share ${name}`);
          seen.set(name, owner);
        }
      }
    }
  });

  it('fit index names into PostgreSQL\'s 63 characters without two long ones meeting', () => {
    const plugin = `p${'x'.repeat(20)}`;
    const table = `t${'y'.repeat(25)}`;
    const one = pluginIndexName(plugin, table, ['first_long_column', 'second_long_column']);
    const other = pluginIndexName(plugin, table, ['first_long_column', 'second_long_columns']);
    assert.ok(one.length <= 63 && other.length <= 63);
    assert.notEqual(one, other);
  });
});
