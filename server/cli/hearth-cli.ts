// `hearth plugin <action> ...`: plugin administration from the shell, mirroring the in-game
// @plugin commands; `hearth account ...`: accounts, passwords, roles and lockouts; and
// `hearth backup` / `hearth restore`; `hearth gateway` and `hearth core` run the cluster's roles
// (docs/SCALING.md). It reads the same environment as the server (HEARTH_DATA_DIR, DATABASE_URL,
// HEARTH_HTTP_PORT, HEARTH_ADMIN_TOKEN, ...); `--data-dir` names the data folder instead. Beside
// a stopped server it never makes a new database unless told `--create`. Exit code 0 when
// everything asked for succeeded, 1 when something was refused (with the reasons printed), 2 on a
// usage mistake.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HearthError } from '../../core/errors.js';
import { parseManifest } from '../../core/plugins/manifest.js';
import { MANIFEST_FILE } from '../../core/plugins/plugin-store.js';
import { validatePlugin } from '../../core/plugins/plugin-validation.js';
import { compilePlugin } from '../../scripts/build-plugins.js';
import type { PluginReport } from '../../core/plugins/plugin-report.js';
import { type HearthConfig, loadConfig } from '../config.js';
import { ACCOUNT_USAGE, accountCommand } from './account-commands.js';
import { backupCommand, restoreCommand } from './backup-commands.js';
import { connectPluginControl, type PluginControl } from './plugin-control.js';
import { formatPluginInfo, formatPluginList } from './plugin-printing.js';
import { writePluginTemplate } from './plugin-template.js';
import { UsageError } from './usage-error.js';

const USAGE = `Usage: hearth plugin <action>
  list                                  every plugin: version, status, state, source, calls
  info <name>                           everything about one plugin
  validate <folder|manifest.yaml>...    check plugins without running them
  install <folder|manifest.yaml>        install or upgrade (a running server picks it up at once)
  install <file.wasm> --manifest <manifest.yaml>
  enable <name> | disable <name>        switch a plugin on or off (kept across restarts)
  reload <name>                         restart a plugin from its files (the old version stays if the new one fails)
  config <name> [<key>=<value>]         show or change a setting the manifest declares
  remove <name>                         remove an installed plugin (its tables and data stay)
  new <name> [--dir <folder>]           write a new plugin folder that builds, tests and installs as it is
  build <folder>                        compile a plugin folder's src/index.ts to the wasm its manifest names
  test <folder>                         run a plugin folder's harness tests
Options of the actions that reach a server or its database:
  --data-dir <folder>                   the server's data folder (default: HEARTH_DATA_DIR, else ./data);
                                        its admin token, and its database when the server is stopped
  --create                              with the server stopped, make a new database there if there is none
${ACCOUNT_USAGE}
Usage: hearth gateway                   run a gateway (sockets only) for a core over NATS (HEARTH_NATS_URL; docs/SCALING.md)
       hearth core                      run the game core for gateways over NATS (HEARTH_NATS_URL, HEARTH_DATABASE_URL)
Usage: hearth backup <file>             back up the database and installed plugins (the server may be running)
       hearth restore <file> [--replace] restore a backup with the server stopped (--replace: keep what is there aside)`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      manifest: { type: 'string' },
      dir: { type: 'string' },
      help: { type: 'boolean' },
      replace: { type: 'boolean' },
      'data-dir': { type: 'string' },
      create: { type: 'boolean' },
      admin: { type: 'boolean' },
      builder: { type: 'boolean' },
    },
  });
  const dataDir = values['data-dir'];
  const config = (): HearthConfig => loadConfig(dataDir === undefined ? process.env : { ...process.env, HEARTH_DATA_DIR: dataDir });
  const create = values.create === true;
  const [area, action, ...rest] = positionals;
  if (values.help || area === undefined || area === 'help') {
    console.log(USAGE);
    return 0;
  }
  if ((area === 'gateway' || area === 'core') && action === undefined) {
    const { runRole } = await import('../cluster/role-main.js');
    return runRole(area);
  }
  if (area === 'account') return accountCommand(config(), action, rest, { create, admin: values.admin === true, builder: values.builder === true });
  if (area === 'backup' || area === 'restore') {
    const [file, ...extra] = [action, ...rest];
    if (file === undefined || extra.length > 0) throw new UsageError(area === 'backup' ? 'backup <file>' : 'restore <file> [--replace]');
    console.log(area === 'backup' ? await backupCommand(config(), file) : await restoreCommand(config(), file, values.replace === true));
    return 0;
  }
  if (area !== 'plugin' || action === undefined) throw new UsageError(`unknown command "${argv.join(' ')}"`);
  switch (action) {
    case 'validate':
      return validate(needArguments(rest, 1, 'validate <folder|manifest.yaml>...'));
    case 'new': {
      const [name] = needArguments(rest, 1, 'new <name> [--dir <folder>]');
      const folder = await writePluginTemplate(name!, values.dir ?? '.');
      console.log(`Wrote ${folder}. Next: cd into it, then npm install, npm run build, npm test, npm run hearth-install.`);
      return 0;
    }
    case 'build':
      return build(needArguments(rest, 1, 'build <folder>')[0]!);
    case 'test':
      return runTests(needArguments(rest, 1, 'test <folder>')[0]!);
    default:
      return withControl(config(), create, (control) => administer(control, action, rest, values.manifest));
  }
}

async function administer(control: PluginControl, action: string, rest: string[], manifest: string | undefined): Promise<number> {
  switch (action) {
    case 'list':
      if (!control.live) console.log(control.offlineNote);
      console.log(formatPluginList(await control.list(), control.live));
      return 0;
    case 'info':
      if (!control.live) console.log(control.offlineNote);
      console.log(formatPluginInfo(await control.info(needArguments(rest, 1, 'info <name>')[0]!), control.live));
      return 0;
    case 'install': {
      const [source] = needArguments(rest, 1, 'install <folder|manifest.yaml> (or <file.wasm> --manifest <file.yaml>)');
      const { installed, plugin } = await control.install(resolve(source!), manifest === undefined ? undefined : resolve(manifest));
      if (!installed.changed) console.log(`${installed.name} ${installed.version} is already installed; nothing changed.`);
      else console.log(`Installed ${installed.name} ${installed.version} (sha256 ${installed.sha256.slice(0, 12)}…) into ${control.target}; ${outcome(control, plugin)}.`);
      if (installed.replacesBundled) console.log(`It replaces the bundled plugin ${installed.replacesBundled}.`);
      if (installed.takesOver?.length) console.log(`It now answers, in another plugin's place: ${installed.takesOver.join(', ')}.`);
      if (installed.yields?.length) console.log(`These of its commands stay with another plugin: ${installed.yields.join(', ')}.`);
      if (plugin.lastError) console.log(`  ${plugin.lastError}`);
      return plugin.status === 'error' ? 1 : 0;
    }
    case 'enable':
    case 'disable': {
      const report = await control.setEnabled(needArguments(rest, 1, `${action} <name>`)[0]!, action === 'enable');
      console.log(`${report.name} ${action}d in ${control.target}; ${outcome(control, report)}.`);
      return 0;
    }
    case 'reload': {
      const { plugin: report, reinstalled } = await control.reload(needArguments(rest, 1, 'reload <name>')[0]!);
      if (reinstalled) {
        console.log(`${report.name}'s source changed since it was installed, so it was installed again from there first: ${reinstalled.name} ${reinstalled.version} (sha256 ${reinstalled.sha256.slice(0, 12)}…).`);
      }
      const done = control.live
        ? `${report.name} ${report.version ?? ''} reloaded in ${control.target}; ${outcome(control, report)}.`
        : `The server is not running; ${report.name} ${report.version ?? ''} ${report.enabled ? 'loads from these files when it starts' : 'is disabled'}.`;
      console.log(`${done}${report.lastError ? `\n  ${report.lastError}` : ''}`);
      return report.status === 'error' && control.live ? 1 : 0;
    }
    case 'config': {
      const [name, ...setting] = needArguments(rest, 1, 'config <name> [<key>=<value>]');
      if (setting.length === 0) {
        const { config } = await control.info(name!);
        console.log(Object.entries(config).map(([key, value]) => `${key}=${value}`).join('\n') || `${name} has no settings.`);
        return 0;
      }
      const text = setting.join(' ');
      const equals = text.indexOf('=');
      if (equals <= 0) throw new UsageError('config <name> <key>=<value>');
      const report = await control.setConfig(name!, text.slice(0, equals).trim(), text.slice(equals + 1).trim());
      console.log(`${report.name}: ${text.slice(0, equals).trim()} set in ${control.target}; ${outcome(control, report)}.`);
      return 0;
    }
    case 'remove': {
      const [name] = needArguments(rest, 1, 'remove <name>');
      await control.remove(name!);
      console.log(`${name} removed from ${control.target}; its tables and data are kept.`);
      return 0;
    }
    default:
      throw new UsageError(`unknown action "${action}"`);
  }
}

async function validate(sources: string[]): Promise<number> {
  let failed = 0;
  for (const source of sources) {
    const file = /\.ya?ml$/.test(source) ? source : join(source, MANIFEST_FILE);
    const report = await validatePlugin(resolve(file));
    if (report.problems.length === 0) {
      const manifest = report.manifest!;
      console.log(`${file}: ok (${manifest.name} ${manifest.version}, ${manifest.commands.length} commands, ${manifest.events.length} event subscriptions)`);
      continue;
    }
    failed += 1;
    console.log(`${file}: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
    for (const problem of report.problems) console.log(`  ${problem.code}: ${problem.message}`);
  }
  return failed > 0 ? 1 : 0;
}

async function build(folder: string): Promise<number> {
  const manifestFile = resolve(folder, MANIFEST_FILE);
  const manifest = parseManifest(await readFile(manifestFile, 'utf8'), manifestFile);
  try {
    await compilePlugin(resolve(folder, 'src', 'index.ts'), manifest.wasmPath);
  } catch (error) {
    console.error((error as { stderr?: string }).stderr || (error as Error).message);
    return 1;
  }
  console.log(`Built ${manifest.wasmPath}`);
  return validate([manifestFile]);
}

async function runTests(folder: string): Promise<number> {
  const testDir = resolve(folder, 'test');
  const files = (await readdir(testDir)).filter((file) => file.endsWith('.test.ts')).map((file) => join(testDir, file));
  if (files.length === 0) throw new UsageError(`${testDir} holds no *.test.ts files`);
  const loader = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));
  const child = spawn(process.execPath, ['--import', loader, '--test', ...files], { cwd: resolve(folder), stdio: 'inherit' });
  return new Promise((done) => child.once('exit', (code) => done(code ?? 1)));
}

/** What became of a plugin: its live status, or, with the server stopped, what its next start does. */
function outcome(control: PluginControl, report: PluginReport): string {
  if (control.live) return `it is ${report.status}`;
  return report.enabled ? 'it starts when the server does' : 'it stays off when the server starts';
}

async function withControl(config: HearthConfig, create: boolean, work: (control: PluginControl) => Promise<number>): Promise<number> {
  const control = await connectPluginControl(config, { create });
  try {
    return await work(control);
  } finally {
    await control.close();
  }
}

function needArguments(rest: string[], count: number, usage: string): string[] {
  if (rest.length < count) throw new UsageError(usage);
  return rest;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof Error && error.name === 'TypeError' && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`hearth: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`hearth: ${error instanceof HearthError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

