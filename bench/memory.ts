import { readFileSync, writeFileSync } from 'node:fs';
import { GCProfiler, getHeapStatistics } from 'node:v8';

/** Starts a new peak: Linux resets the process's high-water RSS when 5 is written to clear_refs. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The highest resident set size since the last reset (or since start where resetting is not possible), in bytes. */
export function peakRss(): number {
  const status = readFileSync('/proc/self/status', { encoding: 'utf8', flag: 'r' });
  const kib = /VmHWM:\s+(\d+)/.exec(status)?.[1];
  return kib ? Number(kib) * 1024 : process.resourceUsage().maxRSS * 1024;
}

/**
 * Starts watching the V8 heap; the returned function stops and gives the most heap in use meanwhile, in bytes.
 * The heap peaks just before a collection, and the GC profiler records the heap before each one.
 */
export function trackPeakHeap(): () => number {
  const profiler = new GCProfiler();
  profiler.start();
  return () => {
    const collections = profiler.stop()?.statistics ?? [];
    return collections.reduce(
      (peak, gc) => Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize),
      getHeapStatistics().used_heap_size,
    );
  };
}
