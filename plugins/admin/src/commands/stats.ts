// @stats: how long the server has been up, who is on, how big the world is, and how each plugin
// is doing.
import { JSON, LabelledLines, TextTable, fail, intOf, objectsIn, reply, serverStats, strOf } from '../../../pdk';
import { countOf, formatUptime, numberOf, oneDecimal } from '../numbers';
import { PluginReport } from '../plugin-report';

export function cmd_stats(): i32 {
  const answer = serverStats();
  if (!answer.ok) return fail(answer.errorMessage);
  const stats = answer.obj('stats');
  if (stats === null) return fail('The server sent no statistics; try again.');
  const summary = new LabelledLines()
    .add('Uptime', formatUptime(<i64>numberOf(stats, 'uptimeSeconds')))
    .add('Connected players', intOf(stats, 'connectedPlayers').toString())
    .add('Connections', intOf(stats, 'connections').toString())
    .add('Accounts', intOf(stats, 'accounts').toString())
    .add('World', worldSize(stats.getObj('objects')))
    .add('Events stored', intOf(stats, 'events').toString());
  const database = stats.getObj('database');
  if (database !== null) summary.add('Database', databaseState(database));
  return reply(summary.toString() + '\n' + pluginTable(PluginReport.readAll(objectsIn(stats.getArr('plugins')))));
}

/** `3 rooms, 4 exits, 1 thing, 2 characters`. */
function worldSize(counts: JSON.Obj | null): string {
  const objects = counts === null ? new JSON.Obj() : counts;
  return (
    countOf(intOf(objects, 'room'), 'room') +
    ', ' +
    countOf(intOf(objects, 'exit'), 'exit') +
    ', ' +
    countOf(intOf(objects, 'thing'), 'thing') +
    ', ' +
    countOf(intOf(objects, 'character'), 'character')
  );
}

/** `postgres, available (2 outages since start)`. */
function databaseState(database: JSON.Obj): string {
  const outages = intOf(database, 'outages');
  const history = outages > 0 ? ' (' + countOf(outages, 'outage') + ' since start)' : '';
  return strOf(database, 'driver') + ', ' + strOf(database, 'state') + history;
}

function pluginTable(reports: PluginReport[]): string {
  const table = new TextTable(['Plugin', 'Status', 'Calls', 'Errors', 'p50 ms', 'p99 ms'], [false, false, true, true, true, true]);
  for (let i = 0; i < reports.length; i++) {
    const report = reports[i];
    table.add([report.name, report.status, report.calls.toString(), report.errors.toString(), oneDecimal(report.p50Ms), oneDecimal(report.p99Ms)]);
  }
  return table.toString();
}
