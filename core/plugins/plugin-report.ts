// What an admin sees of one plugin: @plugin/list, @plugin/info, @stats and the status API.
import type { PluginStatus } from './plugin-health.js';

export interface PluginReport {
  name: string;
  version: string | null;
  description: string;
  priority: number | null;
  enabled: boolean;
  status: PluginStatus;
  lastError: string | null;
  crashCount: number;
  nextRetryAt: string | null;
  calls: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  commands: string[];
  /** Manifest defaults overridden by what admins set. */
  config: Record<string, string>;
  /** Bundled with Hearth, or installed by an admin (only those can be removed). */
  source: 'bundled' | 'installed';
  file: string;
}
