// How the CLI shows plugins: a table for the list, labelled lines for one. A running server's
// reports are live; beside a stopped server there is no status to show, only what is stored
// (version, enabled or disabled, settings), and the last problem the server recorded.
import type { PluginReport } from '../../core/plugins/plugin-report.js';

export function formatPluginList(reports: PluginReport[], live: boolean): string {
  if (reports.length === 0) return 'No plugins.';
  const header = live ? ['PLUGIN', 'VERSION', 'STATUS', 'STATE', 'SOURCE', 'CALLS', 'ERRORS'] : ['PLUGIN', 'VERSION', 'STATE', 'SOURCE'];
  const rows = [
    header,
    ...reports.map((report) => {
      const state = report.enabled ? 'enabled' : 'disabled';
      return live
        ? [report.name, report.version ?? '-', report.status, state, report.source, String(report.calls), String(report.errors)]
        : [report.name, report.version ?? '-', state, report.source];
    }),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
  if (live) return table;
  const problems = reports.filter((report) => report.lastError).map((report) => `  ${report.name}: ${report.lastError}`);
  const notes = ['Enabled plugins start when the server does.', ...(problems.length > 0 ? ['Last problems recorded:', ...problems] : [])];
  return [table, '', ...notes].join('\n');
}

export function formatPluginInfo(report: PluginReport, live: boolean): string {
  const settings = Object.entries(report.config).map(([key, value]) => `${key}=${value}`);
  const lines: Array<[string, string]> = [
    ['Plugin', report.name],
    ['Version', report.version ?? '-'],
    ['Description', report.description],
    ['Status', live ? report.status : `not running (the server is stopped; ${report.enabled ? 'it starts when the server does' : 'it stays off when the server starts'})`],
    ['State', report.enabled ? 'enabled' : 'disabled'],
    ['Source', report.source],
    ['Priority', report.priority === null ? '-' : String(report.priority)],
    ...(live
      ? ([
          ['Calls', `${report.calls} (${report.errors} errors), p50 ${report.p50Ms.toFixed(1)} ms, p99 ${report.p99Ms.toFixed(1)} ms`],
          ['Crashes', String(report.crashCount)],
        ] as Array<[string, string]>)
      : []),
    ...(report.lastError ? [[live ? 'Last error' : 'Last problem', report.lastError] as [string, string]] : []),
    ...(live && report.nextRetryAt ? [['Next retry', report.nextRetryAt] as [string, string]] : []),
    ['Commands', report.commands.join(', ') || '-'],
    ['Settings', settings.join(', ') || '-'],
    ['Manifest', report.file],
  ];
  const width = Math.max(...lines.map(([label]) => label.length)) + 1;
  return lines.map(([label, value]) => `${`${label}:`.padEnd(width)} ${value}`).join('\n');
}
