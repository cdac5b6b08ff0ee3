/**
 * The decision of scripts/system-requirements.ts, without touching the machine: everything
 * present → run; missing on Debian as root → one apt-get update and install, with a notice;
 * missing and not installable (not root, no apt) → stop with one German message that names the
 * exact command. Plus the counting rules of the test runners.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allDebianPackages, ensureSystem, findProgram, NEEDS, planSystem, type ProgramName, type SystemAccess } from '../../scripts/system-requirements.ts';
import { suiteCounts, summaryLine } from '../support/suite-runner.ts';

function fakeSystem(installed: ProgramName[], machine: { isRoot: boolean; hasApt: boolean }, aptWorks = true) {
  const present = new Set(installed);
  const calls: string[] = [];
  const log: string[] = [];
  const system: SystemAccess = {
    find: (name) => (present.has(name) ? `/usr/bin/${name}` : undefined),
    machine: () => machine,
    run: (command, args) => {
      calls.push(`${command} ${args.join(' ')}`);
      if (aptWorks && args[0] === 'install') {
        for (const [name, pkg] of [
          ['chromium', 'chromium'],
          ['nginx', 'nginx'],
          ['xmllint', 'libxml2-utils'],
          ['java', 'default-jre-headless'],
        ] as const)
          if (args.includes(pkg)) present.add(name);
      }
      return { status: aptWorks ? 0 : 100, output: aptWorks ? '' : 'E: Unable to locate package chromium' };
    },
    log: (line) => log.push(line),
  };
  return { system, calls, log };
}

test('all programs present: nothing is installed, nothing printed', () => {
  const { system, calls, log } = fakeSystem(['chromium', 'nginx', 'xmllint', 'java'], { isRoot: true, hasApt: true });
  assert.equal(ensureSystem('test:full', system), undefined);
  assert.deepEqual([calls, log], [[], []]);
});

test('missing on Debian as root: one quiet apt-get update, one install of exactly the missing packages, a notice why', () => {
  const { system, calls, log } = fakeSystem(['chromium', 'xmllint'], { isRoot: true, hasApt: true });
  assert.equal(ensureSystem('test:full', system), undefined);
  assert.deepEqual(calls, ['apt-get update -qq', 'apt-get install -y -qq nginx default-jre-headless']);
  assert.equal(log.length, 1);
  assert.match(log[0], /installiere nginx default-jre-headless mit apt-get \(nginx: .+; Java: W3C-Nu-HTML-Prüfer\)/);
});

test('apt-get fails: the runner stops with the package list and the last lines of apt-get', () => {
  const { system } = fakeSystem([], { isRoot: true, hasApt: true }, false);
  const message = ensureSystem('test', system);
  assert.match(message ?? '', /apt-get konnte chromium libxml2-utils nicht installieren \(Code 100\)[\s\S]*Unable to locate package/);
});

test('missing and not root: stop before any suite with the exact command, nothing run', () => {
  const { system, calls } = fakeSystem(['xmllint'], { isRoot: false, hasApt: true });
  const message = ensureSystem('test', system);
  assert.equal(
    message,
    "npm run test braucht Chromium, das hier fehlt. Bitte einmal ausführen: sudo sh -c 'apt-get update && apt-get install -y chromium'. Schon anderswo installiert? Dann CHROMIUM_PATH=/pfad setzen.",
  );
  assert.deepEqual(calls, []);
});

test('missing on another system (no apt): stop with the Debian command and what to install otherwise', () => {
  const plan = planSystem('test:full', ['nginx', 'java'], { isRoot: true, hasApt: false });
  assert.equal(plan.action, 'stop');
  assert.match(
    plan.action === 'stop' ? plan.message : '',
    /braucht nginx, Java, das hier fehlt\. Bitte einmal ausführen: apt-get update && apt-get install -y nginx default-jre-headless \(auf Debian\/Ubuntu; andere Systeme: nginx, Java mit dem eigenen Paketverwalter installieren\)/,
  );
});

test('a hand-set path that leads nowhere is named, nothing installed', () => {
  const { system, calls } = fakeSystem(['xmllint'], { isRoot: true, hasApt: true });
  system.env = { CHROMIUM_PATH: '/opt/fehlt/chrome' };
  assert.equal(
    ensureSystem('test', system),
    'CHROMIUM_PATH=/opt/fehlt/chrome führt zu keiner Datei. Bitte den Pfad zu Chromium korrigieren oder CHROMIUM_PATH entfernen.',
  );
  assert.deepEqual(calls, []);
});

test('each command needs what its suites use; one package list for all', () => {
  assert.deepEqual(NEEDS.test, ['chromium', 'xmllint']);
  assert.deepEqual([...NEEDS['test:full']].sort(), ['chromium', 'java', 'nginx', 'xmllint']);
  assert.deepEqual(NEEDS.bench, ['chromium']);
  assert.deepEqual(allDebianPackages().sort(), ['chromium', 'default-jre-headless', 'libxml2-utils', 'nginx']);
});

test('a program is found by its environment variable, its usual path or on PATH', () => {
  const exists = (p: string) => ['/opt/chrome/chrome', '/usr/sbin/nginx', '/home/x/bin/xmllint'].includes(p);
  assert.equal(findProgram('chromium', { CHROMIUM_PATH: '/opt/chrome/chrome' }, exists), '/opt/chrome/chrome');
  assert.equal(findProgram('chromium', { CHROMIUM_PATH: '/nope' }, exists), undefined);
  assert.equal(findProgram('nginx', {}, exists), '/usr/sbin/nginx');
  assert.equal(findProgram('xmllint', { PATH: '/usr/bin:/home/x/bin' }, exists), '/home/x/bin/xmllint');
  assert.equal(findProgram('java', { PATH: '/usr/bin' }, exists), undefined);
});

test('runner counts: reporter counts kept, a crash without failed tests counts as one failure, skipped shown', () => {
  assert.deepEqual(suiteCounts({ passed: 5, failed: 0, skipped: 2 }, 0), { passed: 5, failed: 0, skipped: 2 });
  assert.deepEqual(suiteCounts({ passed: 5, failed: 0, skipped: 0 }, 1), { passed: 5, failed: 1, skipped: 0 });
  assert.deepEqual(suiteCounts(undefined, 0), { passed: 1, failed: 0, skipped: 0 });
  assert.deepEqual(suiteCounts(undefined, 2), { passed: 0, failed: 1, skipped: 0 });
  assert.equal(summaryLine({ passed: 3, failed: 1, skipped: 2 }), '3 passed, 1 failed, 2 skipped');
});

test('one place: the README quotes the package list of the module, .ci/run has none of its own', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const repo = join(import.meta.dirname, '../..');
  const readme = readFileSync(join(repo, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  assert.ok(readme.includes(`\`${allDebianPackages().join(' ')}\``), 'README nennt die Paketliste aus scripts/system-requirements.ts nicht');
  assert.match(readme, /^# Lotse .*?```bash npm install && npm start .*? npm test /);
  const ci = readFileSync(join(repo, '.ci/run'), 'utf8');
  assert.doesNotMatch(ci, /apt-get|chromium|nginx|libxml2|jre/);
  assert.deepEqual(
    ci.split('\n').filter((l) => /^npm /.test(l)),
    ['npm ci --no-audit --no-fund', 'npm run test:full', 'npm test'],
  );
  assert.match(ci, /export ASTRO_TELEMETRY_DISABLED=1 CI=true/);
});
