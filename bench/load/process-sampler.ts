// Memory and CPU of the server process (from /proc on Linux, `ps` elsewhere), of the bench itself,
// and of the whole machine, so a report can tell a slow server from a starved machine.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
// Linux reports process CPU time in clock ticks; 100 a second on every common build.
const CLOCK_TICKS_PER_SECOND = 100;

export interface ResourceSample {
  /** Server resident memory (MB) and CPU since the previous sample (% of one core); null when unknown. */
  serverRssMb: number | null;
  serverCpuPercent: number | null;
  benchRssMb: number;
  benchCpuPercent: number;
  /** Busy share of all cores of the machine since the previous sample (%); null off Linux. */
  machineCpuPercent: number | null;
}

export class ProcessSampler {
  private last: { at: number; serverCpuSeconds: number | null; benchCpuMicros: number; machine: MachineTimes | null } | null = null;
  private peakServerRss: number | null = null;
  private warned = false;

  constructor(private readonly pid: number | null) {}

  /** The server's highest RSS in MB: the kernel's high-water mark on Linux, else the highest sample. */
  get peakServerRssMb(): number | null {
    return this.peakServerRss === null ? null : round(this.peakServerRss);
  }

  async sample(): Promise<ResourceSample> {
    const at = performance.now();
    const server = this.pid === null ? null : await readProcess(this.pid).catch(() => null);
    if (this.pid !== null && server === null && !this.warned) {
      this.warned = true;
      console.warn(`Cannot read process ${this.pid}: the server's memory and CPU are not sampled.`);
    }
    const benchUsage = process.cpuUsage();
    const benchCpuMicros = benchUsage.user + benchUsage.system;
    const machine = await readMachineTimes().catch(() => null);
    const previous = this.last;
    this.last = { at, serverCpuSeconds: server?.cpuSeconds ?? null, benchCpuMicros, machine };
    if (server) this.peakServerRss = Math.max(this.peakServerRss ?? 0, server.rssMb, server.peakRssMb);
    const elapsedSeconds = previous ? (at - previous.at) / 1000 : 0;
    const share = (used: number): number => (elapsedSeconds > 0 ? round((used / elapsedSeconds) * 100) : 0);
    return {
      serverRssMb: server ? round(server.rssMb) : null,
      serverCpuPercent: server && previous?.serverCpuSeconds != null ? share(server.cpuSeconds - previous.serverCpuSeconds) : null,
      benchRssMb: round(process.memoryUsage.rss() / 1024 / 1024),
      benchCpuPercent: previous ? share((benchCpuMicros - previous.benchCpuMicros) / 1e6) : 0,
      machineCpuPercent:
        machine && previous?.machine ? round(100 * (1 - (machine.idle - previous.machine.idle) / Math.max(1, machine.total - previous.machine.total))) : null,
    };
  }
}

/**
 * Bytes a process has passed to read and write calls (Linux's /proc/<pid>/io rchar and wchar): for
 * a process that mostly talks over sockets, such as nats-server, its network traffic. Null off
 * Linux or when the file cannot be read.
 */
export async function readIoBytes(pid: number): Promise<{ read: number; written: number } | null> {
  if (process.platform !== 'linux') return null;
  const text = await readFile(`/proc/${pid}/io`, 'utf8').catch(() => null);
  if (text === null) return null;
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? NaN);
  const read = field('rchar');
  const written = field('wchar');
  return Number.isFinite(read) && Number.isFinite(written) ? { read, written } : null;
}

interface ProcessFigures {
  rssMb: number;
  peakRssMb: number;
  cpuSeconds: number;
}

async function readProcess(pid: number): Promise<ProcessFigures> {
  if (process.platform !== 'linux') return readProcessWithPs(pid);
  const [stat, status] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/status`, 'utf8')]);
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const kilobytes = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kilobytes('VmRSS') / 1024, peakRssMb: kilobytes('VmHWM') / 1024, cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND };
}

async function readProcessWithPs(pid: number): Promise<ProcessFigures> {
  const { stdout } = await run('ps', ['-o', 'rss=,time=', '-p', String(pid)]);
  const [rss, time] = stdout.trim().split(/\s+/);
  // `time` is [[dd-]hh:]mm:ss.
  const [days, clock] = time!.includes('-') ? time!.split('-') : ['0', time!];
  const seconds = clock!.split(':').reduce((total, part) => total * 60 + Number(part), 0) + Number(days) * 86_400;
  return { rssMb: Number(rss) / 1024, peakRssMb: 0, cpuSeconds: seconds };
}

interface MachineTimes {
  idle: number;
  total: number;
}

async function readMachineTimes(): Promise<MachineTimes | null> {
  if (process.platform !== 'linux') return null;
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are the idle part.
  return { idle: (values[3] ?? 0) + (values[4] ?? 0), total: values.slice(0, 8).reduce((sum, value) => sum + value, 0) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
