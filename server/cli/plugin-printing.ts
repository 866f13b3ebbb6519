// How the CLI shows plugins: a table for the list, labelled lines for one.
import type { PluginReport } from '../../core/plugins/plugin-report.js';

export function formatPluginList(reports: PluginReport[]): string {
  if (reports.length === 0) return 'No plugins.';
  const rows = [
    ['PLUGIN', 'VERSION', 'STATUS', 'STATE', 'SOURCE', 'CALLS', 'ERRORS'],
    ...reports.map((report) => [
      report.name,
      report.version ?? '-',
      report.status,
      report.enabled ? 'enabled' : 'disabled',
      report.source,
      String(report.calls),
      String(report.errors),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

export function formatPluginInfo(report: PluginReport): string {
  const settings = Object.entries(report.config).map(([key, value]) => `${key}=${value}`);
  const lines: Array<[string, string]> = [
    ['Plugin', report.name],
    ['Version', report.version ?? '-'],
    ['Description', report.description],
    ['Status', report.status],
    ['State', report.enabled ? 'enabled' : 'disabled'],
    ['Source', report.source],
    ['Priority', report.priority === null ? '-' : String(report.priority)],
    ['Calls', `${report.calls} (${report.errors} errors), p50 ${report.p50Ms.toFixed(1)} ms, p99 ${report.p99Ms.toFixed(1)} ms`],
    ['Crashes', String(report.crashCount)],
    ...(report.lastError ? [['Last error', report.lastError] as [string, string]] : []),
    ...(report.nextRetryAt ? [['Next retry', report.nextRetryAt] as [string, string]] : []),
    ['Commands', report.commands.join(', ') || '-'],
    ['Settings', settings.join(', ') || '-'],
    ['Manifest', report.file],
  ];
  const width = Math.max(...lines.map(([label]) => label.length)) + 1;
  return lines.map(([label, value]) => `${`${label}:`.padEnd(width)} ${value}`).join('\n');
}
