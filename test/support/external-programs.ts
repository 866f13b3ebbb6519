// Real programs that end-to-end tests drive (Debian's chromium and tintin++). CI installs them
// (.ci/run) and must prove they work, so there a missing program fails the test with a message;
// on a developer's machine without them the test is skipped, saying what to install.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env['HEARTH_CHROMIUM'] ?? '/usr/bin/chromium';
const TINTIN_CANDIDATES = [process.env['HEARTH_TINTIN'], '/usr/games/tt++', '/usr/bin/tt++'];

/** The path of a program, or undefined after failing (CI) or skipping (elsewhere) the test. */
export function requireProgram(t: TestContext, path: string | undefined, install: string): string | undefined {
  if (path && existsSync(path)) return path;
  const message = `${install} is not installed (apt-get install -y ${install}); this test needs it.`;
  if (process.env['CI']) throw new Error(message);
  t.skip(message);
  return undefined;
}

export function tintinPath(): string | undefined {
  return TINTIN_CANDIDATES.find((candidate) => candidate && existsSync(candidate));
}

export interface RunningChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, no network chatter of its own. `ignoreHTTPSErrors`
 * lets it load a server's self-signed certificate, as a player would by accepting the warning.
 */
export async function launchChromium(executablePath: string, options: { ignoreHTTPSErrors?: boolean } = {}): Promise<RunningChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'hearth-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 700 },
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
