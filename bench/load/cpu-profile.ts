// Reads the .cpuprofile files `node --cpu-prof` wrote for the server (one per thread: the main
// thread and each plugin worker) and lists where the busy time went: the functions with the most
// self time, and the same time grouped by package or source file.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPOSITORY_ROOT } from './server-process.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileEntry {
  name: string;
  selfMs: number;
  /** Share of the thread's busy time (idle excluded), in %. */
  percent: number;
}

export interface ThreadProfile {
  file: string;
  wallMs: number;
  busyMs: number;
  topFunctions: ProfileEntry[];
  topSources: ProfileEntry[];
}

export async function summarizeProfiles(dir: string, top = 15): Promise<ThreadProfile[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cpuprofile')).sort();
  const threads: ThreadProfile[] = [];
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    threads.push(summarize(file, profile, top));
  }
  // The busiest thread (the main one, under load) first.
  return threads.sort((a, b) => b.busyMs - a.busyMs);
}

function summarize(file: string, profile: CpuProfile, top: number): ThreadProfile {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByFunction = new Map<string, number>();
  const selfBySource = new Map<string, number>();
  let busyMicros = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byNode.get(profile.samples[i]!);
    const micros = profile.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') continue;
    busyMicros += micros;
    const source = sourceOf(node.callFrame.url);
    const name = `${node.callFrame.functionName || '(anonymous)'}${source ? ` ${source}:${node.callFrame.lineNumber + 1}` : ''}`;
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + micros);
    const group = source ? sourceGroup(source) : node.callFrame.functionName;
    selfBySource.set(group, (selfBySource.get(group) ?? 0) + micros);
  }
  const ranked = (totals: Map<string, number>): ProfileEntry[] =>
    [...totals]
      .sort(([, a], [, b]) => b - a)
      .slice(0, top)
      .map(([name, micros]) => ({ name, selfMs: Math.round(micros / 1000), percent: Math.round((1000 * micros) / Math.max(1, busyMicros)) / 10 }));
  return {
    file,
    wallMs: Math.round((profile.endTime - profile.startTime) / 1000),
    busyMs: Math.round(busyMicros / 1000),
    topFunctions: ranked(selfByFunction),
    topSources: ranked(selfBySource),
  };
}

/** A script URL as a path inside the repository (or `node:` module); '' for native code. */
function sourceOf(url: string): string {
  if (url.length === 0) return '';
  if (!url.startsWith('file://')) return url;
  return relative(REPOSITORY_ROOT, fileURLToPath(url));
}

/** `node_modules/pg/lib/client.js` → `pg`; a Hearth file stays itself. */
function sourceGroup(source: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return match ? match[1]! : source;
}

/** Prints the busiest threads (the main one first); threads nearly idle next to it are skipped. */
export function printProfiles(threads: ThreadProfile[], limit = 3): void {
  const busiest = threads[0]?.busyMs ?? 0;
  for (const thread of threads.slice(0, limit).filter((candidate) => candidate.busyMs >= busiest / 10)) {
    const busy = thread.wallMs > 0 ? Math.round((100 * thread.busyMs) / thread.wallMs) : 0;
    console.log(`\nCPU profile ${thread.file}: busy ${(thread.busyMs / 1000).toFixed(1)} s of ${(thread.wallMs / 1000).toFixed(1)} s (${busy}%)`);
    console.log('  hottest functions (self time, % of busy):');
    for (const entry of thread.topFunctions) console.log(`    ${entry.percent.toFixed(1).padStart(5)}%  ${String(entry.selfMs).padStart(7)} ms  ${entry.name}`);
    console.log('  by package or file:');
    for (const entry of thread.topSources.slice(0, 10)) console.log(`    ${entry.percent.toFixed(1).padStart(5)}%  ${String(entry.selfMs).padStart(7)} ms  ${entry.name}`);
  }
}
