// Extism starts a worker thread per plugin instance but listens for no 'error' event on it, so a
// module that traps while starting (or a worker that dies) would take the whole server down as
// an uncaught exception. Node announces every new worker on `process`; the guard gives each one
// an error listener and remembers the last error, so a failed start becomes a refused plugin.

let installed = false;
let lastError: { message: string; at: number } | null = null;

export function installWorkerGuard(onError?: (message: string) => void): void {
  if (installed) return;
  installed = true;
  process.on('worker', (worker) => {
    worker.on('error', (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      lastError = { message, at: Date.now() };
      onError?.(message);
    });
  });
}

/** The last error a plugin worker reported since `since` (epoch ms), if any. */
export function workerErrorSince(since: number): string | undefined {
  return lastError && lastError.at >= since ? lastError.message : undefined;
}
