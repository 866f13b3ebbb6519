// netmux.conf as the side-by-side bench runs TinyMUX: its own port on loopback only, and the
// throttles that would otherwise measure TinyMUX's limits instead of its cost lifted. Editing is
// kept apart from starting the server so it can be tested without one.

/**
 * The directives the bench sets. TinyMUX grants each player `command_quota_increment` commands a
 * second up to `command_quota_max` (1 and 100 by default, so a player saying something twice a
 * second is held back after 100 s), and `pcreate_per_hour` (100) would refuse a crowd's
 * characters. `output_limit` (16 KiB queued per connection) would drop lines whenever the bench
 * reads late, which would show as timeouts that measure the bench, not the server.
 */
export function benchNetmuxSettings(port: number): Record<string, string> {
  return {
    port: String(port),
    ip_address: '127.0.0.1',
    // No reverse look-ups of the bench's loopback connections.
    hostnames: 'no',
    command_quota_max: '1000000',
    command_quota_increment: '1000000',
    pcreate_per_hour: '1000000',
    output_limit: '1048576',
  };
}

const HEADER = '# Set by the side-by-side bench (npm run bench:peer)';

/**
 * `text` with every directive named in `settings` removed and all of them appended at the end,
 * after any `include`, so they are the last word whatever the included files say. Directive names
 * are compared without regard to case, as TinyMUX reads them; comments are left alone.
 */
export function editNetmuxConf(text: string, settings: Readonly<Record<string, string>>): string {
  const names = new Set(Object.keys(settings).map((name) => name.toLowerCase()));
  const kept = text.split('\n').filter((line) => !names.has(directiveName(line) ?? ''));
  // A file this function wrote before ends with its header: dropped, so editing twice changes nothing.
  while (kept.length > 0 && ['', '#', HEADER].includes(kept[kept.length - 1]!.trim())) kept.pop();
  const added = Object.entries(settings).map(([name, value]) => `${name} ${value}`);
  return `${[...kept, '#', HEADER, ...added].join('\n')}\n`;
}

/** The directive a line sets, lower-cased, or null for comments and blank lines. */
export function directiveName(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  return trimmed.split(/\s+/, 1)[0]!.toLowerCase();
}
