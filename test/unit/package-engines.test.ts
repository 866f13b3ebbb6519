// A fresh `npm ci` must install without warnings on the Node.js Hearth says it supports: every
// locked package accepts the oldest Node the engines field allows, the README and the container
// image name that same Node, and every dependency's install script has been reviewed (npm 11
// warns about the others, and later npm versions skip them).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import semver from 'semver';

const ROOT = new URL('../../', import.meta.url);

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(new URL(file, ROOT), 'utf8')) as T;
}

describe('the supported Node.js version', async () => {
  const manifest = await readJson<{ engines: { node: string }; allowScripts?: Record<string, boolean> }>('package.json');
  const lock = await readJson<{ packages: Record<string, LockedPackage> }>('package-lock.json');
  const oldest = semver.minVersion(manifest.engines.node)!;

  it('is accepted by every locked package', () => {
    const refusing = Object.entries(lock.packages).flatMap(([path, locked]) => {
      const wanted = Array.isArray(locked.engines) ? undefined : locked.engines?.node;
      return wanted && !semver.satisfies(oldest, wanted) ? [`${path}@${locked.version} wants node ${wanted}`] : [];
    });
    assert.deepEqual(refusing, [], `package.json says node ${manifest.engines.node}`);
  });

  it('is the one the README and the container image name', async () => {
    const readme = await readFile(new URL('README.md', ROOT), 'utf8');
    assert.match(readme, new RegExp(`Node\\.js ${oldest.major}\\.${oldest.minor} or newer`));
    const dockerfile = await readFile(new URL('Dockerfile', ROOT), 'utf8');
    const major = /^FROM node:(\d+)/m.exec(dockerfile)?.[1];
    assert.ok(major && semver.intersects(`${major}.x`, manifest.engines.node), `the Dockerfile's node:${major} is within ${manifest.engines.node}`);
  });

  it('comes with every dependency install script reviewed in allowScripts', () => {
    const reviewed = new Set(Object.keys(manifest.allowScripts ?? {}));
    const unreviewed = Object.entries(lock.packages)
      .filter(([path, locked]) => path !== '' && locked.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
      .filter((name) => !reviewed.has(name));
    assert.deepEqual(unreviewed, []);
  });
});
