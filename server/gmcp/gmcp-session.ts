// One client's GMCP conversation, whatever carries it (telnet option 201, or websocket text frames
// under gmcp.mudstandards.org): reads Core.Hello, Core.Supports.* and Core.Ping, and sends the
// packages the client said it supports. A client that never sent Core.Supports.Set gets them all,
// since GMCP data is out of band and harmless to a client that ignores it.
import type { SessionMessage } from '../../core/sessions/session-data.js';
import { formatGmcpMessage, parseGmcpMessage } from './gmcp-message.js';
import { gmcpFor } from './gmcp-packages.js';

const MAX_SUPPORTED_PACKAGES = 64;
const SUPPORT_ENTRY = /^([A-Za-z][A-Za-z0-9_.-]{0,63})(?: (\d{1,3}))?$/;

export interface GmcpHello {
  client: string;
  version: string;
}

export class GmcpSession {
  hello: GmcpHello | null = null;
  private supports: Map<string, number> | null = null;

  constructor(private readonly sendText: (text: string) => void) {}

  /** Handles one message from the client; false when it was malformed (and was ignored). */
  receive(text: string): boolean {
    const parsed = parseGmcpMessage(text);
    if (!parsed.ok) return false;
    const { data } = parsed.message;
    // Package names are case-insensitive in GMCP.
    switch (parsed.message.package.toLowerCase()) {
      case 'core.hello':
        return this.readHello(data);
      case 'core.supports.set':
        return this.readSupports(data, 'set');
      case 'core.supports.add':
        return this.readSupports(data, 'add');
      case 'core.supports.remove':
        return this.readSupports(data, 'remove');
      case 'core.ping':
        this.sendText(formatGmcpMessage('Core.Ping'));
        return true;
      default:
        // Packages Hearth does not know are ignored, as GMCP asks.
        return true;
    }
  }

  send(message: SessionMessage): void {
    for (const outgoing of gmcpFor(message)) {
      if (this.wants(outgoing.package)) this.sendText(formatGmcpMessage(outgoing.package, outgoing.data));
    }
  }

  /** The packages the client listed, as `name version`; null until it sends Core.Supports.Set. */
  supported(): string[] | null {
    return this.supports ? [...this.supports].map(([name, version]) => `${name} ${version}`) : null;
  }

  wants(packageName: string): boolean {
    if (/^core\./i.test(packageName) || this.supports === null) return true;
    const parts = packageName.toLowerCase().split('.');
    for (let length = parts.length; length >= 1; length -= 1) {
      if (this.supports.has(parts.slice(0, length).join('.'))) return true;
    }
    return false;
  }

  private readHello(data: unknown): boolean {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    const { client, version } = data as Record<string, unknown>;
    if (typeof client !== 'string' || client.length > 64) return false;
    this.hello = { client, version: typeof version === 'string' ? version.slice(0, 64) : '' };
    return true;
  }

  private readSupports(data: unknown, how: 'set' | 'add' | 'remove'): boolean {
    if (!Array.isArray(data) || data.length > MAX_SUPPORTED_PACKAGES) return false;
    const entries: Array<[string, number]> = [];
    for (const item of data) {
      const match = typeof item === 'string' ? SUPPORT_ENTRY.exec(item.trim()) : null;
      if (!match) return false;
      entries.push([match[1]!.toLowerCase(), Number(match[2] ?? 1)]);
    }
    if (how === 'set' || this.supports === null) this.supports = new Map();
    for (const [name, version] of entries) {
      if (how === 'remove') this.supports.delete(name);
      else if (this.supports.size < MAX_SUPPORTED_PACKAGES || this.supports.has(name)) this.supports.set(name, version);
    }
    return true;
  }
}
