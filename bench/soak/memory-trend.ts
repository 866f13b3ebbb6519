// Does memory keep growing? Memory figures swing with garbage not yet collected, allocator
// caches and bursts of work, so a trend is fitted to their lower envelope: the smallest value in
// each window of time, which is what the process holds when the swings are at their bottom. A leak
// raises the bottom steadily; a busy moment only raises a peak.

export interface MemoryPoint {
  /** Minutes since the run started. */
  atMinutes: number;
  mb: number;
}

export interface MemoryTrend {
  /** Least-squares slope of the lower envelope, in MB per minute. */
  slopeMbPerMinute: number;
  /** The envelope's first and last values, and the growth the slope gives over the span between them. */
  firstMb: number;
  lastMb: number;
  spanMinutes: number;
  fittedGrowthMb: number;
  /** How many points there were, and how many windows held one (the envelope's length). */
  points: number;
  windows: number;
}

/** The smallest point of each window of `windowMinutes`, from the first point on; empty windows are skipped. */
export function lowerEnvelope(points: readonly MemoryPoint[], windowMinutes: number): MemoryPoint[] {
  if (points.length === 0) return [];
  const start = points[0]!.atMinutes;
  const lowest = new Map<number, MemoryPoint>();
  for (const point of points) {
    const window = Math.floor((point.atMinutes - start) / windowMinutes);
    const known = lowest.get(window);
    if (!known || point.mb < known.mb) lowest.set(window, point);
  }
  return [...lowest.entries()].sort(([a], [b]) => a - b).map(([, point]) => point);
}

/** Slope of the least-squares line through the points (MB per minute); 0 for fewer than two distinct times. */
export function leastSquaresSlope(points: readonly MemoryPoint[]): number {
  const count = points.length;
  if (count < 2) return 0;
  const meanTime = points.reduce((sum, point) => sum + point.atMinutes, 0) / count;
  const meanMb = points.reduce((sum, point) => sum + point.mb, 0) / count;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (point.atMinutes - meanTime) * (point.mb - meanMb);
    variance += (point.atMinutes - meanTime) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/** The trend of the points' lower envelope; null when fewer than `minWindows` windows hold a point. */
export function memoryTrend(points: readonly MemoryPoint[], windowMinutes: number, minWindows = 3): MemoryTrend | null {
  const envelope = lowerEnvelope(points, windowMinutes);
  if (envelope.length < minWindows) return null;
  const slope = leastSquaresSlope(envelope);
  const first = envelope[0]!;
  const last = envelope[envelope.length - 1]!;
  const span = last.atMinutes - first.atMinutes;
  return {
    slopeMbPerMinute: round(slope, 3),
    firstMb: first.mb,
    lastMb: last.mb,
    spanMinutes: round(span, 2),
    fittedGrowthMb: round(slope * span, 1),
    points: points.length,
    windows: envelope.length,
  };
}

export interface Verdict {
  kind: 'steady' | 'growing' | 'inconclusive';
  reason: string;
}

/** Growth when the heap's trend rises faster than `maxMbPerMinute`. */
export function judgeTrend(trend: MemoryTrend | null, maxMbPerMinute: number): Verdict {
  if (!trend) return { kind: 'inconclusive', reason: 'too few full garbage collections to fit a trend; run longer or with more players' };
  const figures = `${trend.slopeMbPerMinute} MB/min over ${trend.spanMinutes} min (${trend.firstMb} → ${trend.lastMb} MB, ${trend.windows} windows)`;
  if (trend.slopeMbPerMinute > maxMbPerMinute) return { kind: 'growing', reason: `heap after full GC grows ${figures}, above ${maxMbPerMinute} MB/min` };
  return { kind: 'steady', reason: `heap after full GC: ${figures}, within ${maxMbPerMinute} MB/min` };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
