// `hearth <area> <action> ...`: administration from the shell. Exit code 0 when everything asked
// for succeeded, 1 when something was refused (with the reasons printed), 2 on a usage mistake.
import { resolve } from 'node:path';
import { validatePlugin } from '../../core/plugins/plugin-validation.js';

const USAGE = `Usage:
  hearth plugin validate <manifest.yaml>...   check plugins without running them`;

async function main(argv: string[]): Promise<number> {
  const [area, action, ...rest] = argv;
  if (area === 'plugin' && action === 'validate' && rest.length > 0) return validate(rest);
  if (area === undefined || area === 'help' || area === '--help') {
    console.log(USAGE);
    return 0;
  }
  console.error(`hearth: unknown command "${argv.join(' ')}".\n${USAGE}`);
  return 2;
}

async function validate(files: string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`hearth: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
