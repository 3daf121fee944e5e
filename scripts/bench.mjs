// `npm run bench [-- --quick]`: builds the production renderer into out/renderer-bench,
// then drives it in Chromium with the reference dataset (test/bench/) and prints one
// report, also written to bench-report.json.
//
// Exit code: 0 when every budget of README.md → Performance holds, 1 otherwise. With --quick
// (a reduced dataset, fewer runs: CI's smoke test on a noisy machine) budgets are
// reported but not enforced: it exits 0 unless the harness itself broke.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--quick');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run bench [-- --quick]`);
  process.exit(2);
}
const quick = args.includes('--quick');

const env = {
  ...process.env,
  HANDSHAKE_RENDERER_OUT: process.env.HANDSHAKE_RENDERER_OUT ?? 'out/renderer-bench',
  HANDSHAKE_BENCH_SIZE: quick ? 'quick' : 'full',
  HANDSHAKE_BENCH_RESULTS: 'test-results/bench-results',
  HANDSHAKE_BENCH_REPORT: 'bench-report.json',
};

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: repo, env, stdio: 'inherit' });
  return result.status ?? 1;
}

if (run('npx', ['electron-vite', 'build']) !== 0) {
  console.error('The build failed, so nothing was measured.');
  process.exit(1);
}

// Results of an earlier run must not leak into this report.
rmSync(`${repo}/${env.HANDSHAKE_BENCH_RESULTS}`, { recursive: true, force: true });
rmSync(`${repo}/${env.HANDSHAKE_BENCH_REPORT}`, { force: true });
const playwright = run('npx', [
  'playwright',
  'test',
  '--config',
  'test/bench/playwright.config.ts',
]);

let report;
try {
  report = JSON.parse(readFileSync(`${repo}/${env.HANDSHAKE_BENCH_REPORT}`, 'utf8'));
} catch {
  console.error('The bench wrote no report: the harness broke before measuring.');
  process.exit(1);
}
if (playwright !== 0) {
  console.error('A measure broke (see above): the report is incomplete.');
  process.exit(1);
}
if (quick) {
  console.log('Quick run: budgets are reported, not enforced (the full run enforces them).');
  process.exit(0);
}
process.exit(report.passed ? 0 : 1);
