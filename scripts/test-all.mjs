// `npm test`: build, typecheck, lint, unit and component tests, end-to-end tests in Chromium and Firefox.
// Each check is counted, each vitest test is counted, and the last line is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.tmp/test-results';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// Logs without colour codes. NO_COLOR, not FORCE_COLOR=0: vitest's colour library takes any
// FORCE_COLOR, even 0, as a request for colour.
const PLAIN = { ...process.env, NO_COLOR: '1' };
delete PLAIN.FORCE_COLOR;

let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: PLAIN });
  console.log(
    `── ${label}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status === 0;
}

/** A check that is not a test runner counts as one test. */
function check(label, cmd, args) {
  if (run(label, cmd, args)) {
    passed++;
  } else {
    failed++;
    failures.push(label);
  }
}

/** A vitest run counts each of its tests; a crash before any result counts as one failure. */
function vitest(label, config) {
  const file = `${OUT}/${label}.json`;
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (!existsSync(file)) {
    failed++;
    failures.push(`${label} (no results)`);
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests > 0) failures.push(`${label}: ${r.numFailedTests} failed`);
  else if (!ok) {
    failed++;
    failures.push(`${label} (exit status)`);
  }
}

check('build', 'npm', ['run', '--silent', 'build']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
vitest('unit', 'vitest.config.ts');
vitest('e2e', 'vitest.e2e.config.ts');
vitest('e2e-firefox', 'vitest.firefox.config.ts');

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
