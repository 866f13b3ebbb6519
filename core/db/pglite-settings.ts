// How the embedded database is configured. PGlite's defaults are a server's (128 MB of shared
// buffers inside the WebAssembly heap); a MUSH's data is small and the OS caches the files
// anyway, so Hearth keeps the buffers small and the process's memory with them.
export const PGLITE_SETTINGS = ['shared_buffers = 16MB', 'work_mem = 2MB', 'maintenance_work_mem = 16MB', 'wal_buffers = 1MB', 'temp_buffers = 2MB'];
