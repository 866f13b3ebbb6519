// The process's memory as /health reports it. Besides the usual figures it keeps the V8 heap's
// old generation as measured just after each full garbage collection: the heap in use at any
// moment swings with garbage not yet collected, but what survives a full collection is what the
// server really holds, so a leak shows there as steady growth (the soak bench watches it).
import { type NodeGCPerformanceDetail, PerformanceObserver, type PerformanceEntry, constants } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

export interface MemoryReport {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  /** Memory of C++ objects bound to JS ones (buffers, WebAssembly memories among them). */
  externalMb: number;
  /** Old generation in use right after the last full collection; null before the first. */
  heapAfterFullGcMb: number | null;
  /** Full collections since the server started: tells a new `heapAfterFullGcMb` from a repeated one. */
  fullGcs: number;
}

export class MemoryWatch {
  private observer: PerformanceObserver | null = null;
  private afterFullGcBytes: number | null = null;
  private fullGcs = 0;

  start(): void {
    if (this.observer) return;
    this.observer = new PerformanceObserver((list) => {
      const fullCollections = list.getEntries().filter(isFullCollection).length;
      if (fullCollections === 0) return;
      // Entries are delivered just after the collection, before much new garbage exists.
      this.fullGcs += fullCollections;
      this.afterFullGcBytes = oldGenerationBytes();
    });
    this.observer.observe({ entryTypes: ['gc'] });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Bytes of the old generation after the last full collection; null before the first. */
  heapAfterFullGcBytes(): number | null {
    return this.afterFullGcBytes;
  }

  report(): MemoryReport {
    const usage = process.memoryUsage();
    return {
      rssMb: megabytes(usage.rss),
      heapUsedMb: megabytes(usage.heapUsed),
      heapTotalMb: megabytes(usage.heapTotal),
      externalMb: megabytes(usage.external),
      heapAfterFullGcMb: this.afterFullGcBytes === null ? null : megabytes(this.afterFullGcBytes),
      fullGcs: this.fullGcs,
    };
  }
}

function isFullCollection(entry: PerformanceEntry): boolean {
  // A gc entry carries its kind in `detail`, which the entry's declared type leaves out.
  const detail = (entry as PerformanceEntry & { detail?: NodeGCPerformanceDetail }).detail;
  return detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
}

/** Every heap space but the young generation's, which fills and empties between collections. */
function oldGenerationBytes(): number {
  return getHeapSpaceStatistics()
    .filter((space) => !space.space_name.startsWith('new_'))
    .reduce((total, space) => total + space.space_used_size, 0);
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
