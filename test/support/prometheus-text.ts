// A strict reader of the Prometheus text exposition format (0.0.4), for tests that scrape
// /metrics: it throws on anything a Prometheus server would reject (bad names, unescaped label
// values, a TYPE after its samples or twice, a family split in two, duplicate series, histogram
// buckets that are not cumulative or disagree with _count), and answers look-ups by labels.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  help: string;
  samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Record<string, string[]> = { histogram: ['_bucket', '_sum', '_count'], summary: ['_sum', '_count'] };

export class PrometheusText {
  readonly families = new Map<string, MetricFamily>();

  constructor(text: string) {
    const finished = new Set<string>();
    let current: MetricFamily | null = null;
    const seen = new Set<string>();
    const family = (name: string): MetricFamily => {
      let entry = this.families.get(name);
      if (!entry) {
        entry = { name, type: 'untyped', help: '', samples: [] };
        this.families.set(name, entry);
      }
      if (current !== entry) {
        if (finished.has(name)) throw new Error(`metric family ${name} appears in two places`);
        if (current) finished.add(current.name);
        current = entry;
      }
      return entry;
    };
    text.split('\n').forEach((line, index) => {
      const where = `line ${index + 1} (${line.slice(0, 80)})`;
      if (line.trim() === '') return;
      const comment = /^#\s*(HELP|TYPE)\s+(\S+)(?:\s+(.*))?$/.exec(line);
      if (comment) {
        const [, keyword, name, rest = ''] = comment;
        if (!METRIC_NAME.test(name!)) throw new Error(`${where}: bad metric name`);
        const entry = family(name!);
        if (keyword === 'TYPE') {
          if (!TYPES.has(rest) || entry.samples.length > 0 || entry.type !== 'untyped') throw new Error(`${where}: bad or late TYPE`);
          entry.type = rest as MetricFamily['type'];
        } else {
          entry.help = rest;
        }
        return;
      }
      if (line.startsWith('#')) return;
      const sample = parseSample(line, where);
      const owner = this.familyOf(sample.name, current);
      if (!owner) throw new Error(`${where}: sample outside its family`);
      const key = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort())}`;
      if (seen.has(key)) throw new Error(`${where}: duplicate series`);
      seen.add(key);
      family(owner.name).samples.push(sample);
    });
    for (const entry of this.families.values()) if (entry.type === 'histogram') checkHistogram(entry);
  }

  /** The sample of `name` whose labels include `labels`; throws unless exactly one matches. */
  value(name: string, labels: Record<string, string> = {}): number {
    const matches = this.samples(name, labels);
    if (matches.length !== 1) throw new Error(`${matches.length} samples of ${name} match ${JSON.stringify(labels)}`);
    return matches[0]!.value;
  }

  samples(name: string, labels: Record<string, string> = {}): Sample[] {
    return [...this.families.values()]
      .flatMap((entry) => entry.samples)
      .filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
  }

  private familyOf(sampleName: string, current: MetricFamily | null): MetricFamily | null {
    if (!current) return null;
    if (sampleName === current.name) return current;
    const suffixes = SUFFIXES[current.type] ?? [];
    return suffixes.some((suffix) => sampleName === `${current.name}${suffix}`) ? current : null;
  }
}

function parseSample(line: string, where: string): Sample {
  const head = /^([a-zA-Z_:][a-zA-Z0-9_:]*)/.exec(line);
  if (!head) throw new Error(`${where}: bad sample name`);
  let position = head[1]!.length;
  const labels: Record<string, string> = {};
  if (line[position] === '{') {
    position += 1;
    while (line[position] !== '}') {
      const name = /^([a-zA-Z_][a-zA-Z0-9_]*)="/.exec(line.slice(position));
      if (!name || !LABEL_NAME.test(name[1]!)) throw new Error(`${where}: bad label`);
      position += name[0].length;
      let value = '';
      for (;;) {
        const char = line[position];
        if (char === undefined) throw new Error(`${where}: unterminated label value`);
        position += 1;
        if (char === '"') break;
        if (char === '\\') {
          const escaped = line[position];
          position += 1;
          if (escaped === 'n') value += '\n';
          else if (escaped === '\\' || escaped === '"') value += escaped;
          else throw new Error(`${where}: bad escape in label value`);
        } else {
          value += char;
        }
      }
      if (name[1]! in labels) throw new Error(`${where}: label given twice`);
      labels[name[1]!] = value;
      if (line[position] === ',') position += 1;
      else if (line[position] !== '}') throw new Error(`${where}: expected , or }`);
    }
    position += 1;
  }
  const rest = line.slice(position);
  const parts = /^ (\S+)(?: (-?\d+))?$/.exec(rest);
  if (!parts) throw new Error(`${where}: bad value`);
  return { name: head[1]!, labels, value: parseValue(parts[1]!, where) };
}

/** As Prometheus reads values (Go's ParseFloat): NaN and Inf in any case, as prom-client writes "Nan". */
function parseValue(text: string, where: string): number {
  const word = text.toLowerCase();
  if (word === '+inf' || word === 'inf' || word === '+infinity' || word === 'infinity') return Infinity;
  if (word === '-inf' || word === '-infinity') return -Infinity;
  if (word === 'nan') return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`${where}: "${text}" is not a number`);
  return Number(text);
}

/** Buckets of each series cumulative, ending in +Inf, which equals its _count. */
function checkHistogram(entry: MetricFamily): void {
  const series = new Map<string, { buckets: Array<[number, number]>; count?: number }>();
  for (const sample of entry.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const item = series.get(key) ?? { buckets: [] };
    series.set(key, item);
    if (sample.name.endsWith('_bucket')) {
      if (le === undefined) throw new Error(`${entry.name}: a bucket without le`);
      item.buckets.push([parseValue(le, entry.name), sample.value]);
    } else if (sample.name.endsWith('_count')) {
      item.count = sample.value;
    }
  }
  for (const [key, item] of series) {
    const sorted = [...item.buckets].sort((a, b) => a[0] - b[0]);
    for (let index = 1; index < sorted.length; index += 1) {
      if (sorted[index]![1] < sorted[index - 1]![1]) throw new Error(`${entry.name}${key}: buckets are not cumulative`);
    }
    const last = sorted.at(-1);
    if (!last || last[0] !== Infinity || last[1] !== item.count) throw new Error(`${entry.name}${key}: the +Inf bucket must equal _count`);
  }
}
