/**
 * The system programs Lotse's commands need beyond Node and npm, in one place: which program,
 * which Debian package provides it, and which command needs it. `npm test`, `npm run test:full`
 * and `npm run bench` call `ensureSystem` before their first step; on a Debian-based system
 * running as root it installs what is missing (one quiet `apt-get update` + `install`),
 * otherwise it stops with one German message naming the exact command to run.
 *
 * `node scripts/system-requirements.ts <command…>` does the same from a shell (for other
 * scripts, e.g. `npm run redaktion`), `--list` prints the Debian packages of all commands.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Requirement {
  /** Name shown to people. */
  label: string;
  /** Debian package that provides it. */
  debianPackage: string;
  /** Why the tests need it (shown in the install notice). */
  purpose: string;
  /** Environment variable that points at a program installed elsewhere. */
  envVar?: string;
  /** Absolute paths tried first, then the names looked up on PATH. */
  paths: string[];
  names: string[];
}

export const REQUIREMENTS = {
  chromium: {
    label: 'Chromium',
    debianPackage: 'chromium',
    purpose: 'Browser-Tests',
    envVar: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'],
    names: ['chromium', 'chromium-browser'],
  },
  nginx: {
    label: 'nginx',
    debianPackage: 'nginx',
    purpose: 'die Seite wie im Betrieb ausliefern',
    envVar: 'NGINX_PATH',
    paths: ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'],
    names: ['nginx'],
  },
  xmllint: {
    label: 'xmllint',
    debianPackage: 'libxml2-utils',
    purpose: 'Atom-Feeds gegen das RELAX-NG-Schema prüfen',
    paths: ['/usr/bin/xmllint'],
    names: ['xmllint'],
  },
  java: { label: 'Java', debianPackage: 'default-jre-headless', purpose: 'W3C-Nu-HTML-Prüfer', envVar: 'JAVA_PATH', paths: ['/usr/bin/java'], names: ['java'] },
} satisfies Record<string, Requirement>;

export type ProgramName = keyof typeof REQUIREMENTS;

/** What each command needs (the suites it runs, see tests/run-all.ts and tests/run-full.ts). */
export const NEEDS: Record<string, ProgramName[]> = {
  test: ['chromium', 'xmllint'],
  'test:full': ['chromium', 'nginx', 'java', 'xmllint'],
  bench: ['chromium'],
  redaktion: [],
};

/** Every Debian package any command needs (for `.ci/run`-like setups and the README). */
export function allDebianPackages(): string[] {
  return [
    ...new Set(
      Object.values(NEEDS)
        .flat()
        .map((n) => REQUIREMENTS[n].debianPackage),
    ),
  ];
}

/** The program's path, or undefined when it is not installed. */
export function findProgram(name: ProgramName, env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  const r: Requirement = REQUIREMENTS[name];
  const override = r.envVar ? env[r.envVar] : undefined;
  if (override) return exists(override) ? override : undefined;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => r.names.map((n) => join(dir, n)));
  return [...r.paths, ...onPath].find((p) => exists(p));
}

export interface Machine {
  isRoot: boolean;
  /** Debian-based: apt-get and dpkg are there. */
  hasApt: boolean;
}

export type Plan = { action: 'ready' } | { action: 'install'; packages: string[]; notice: string } | { action: 'stop'; message: string };

/** The decision, without touching the machine: ready, install with apt-get, or stop with advice. */
export function planSystem(command: string, missing: ProgramName[], machine: Machine): Plan {
  if (missing.length === 0) return { action: 'ready' };
  const requirements = missing.map((n) => REQUIREMENTS[n] as Requirement);
  const packages = [...new Set(requirements.map((r) => r.debianPackage))];
  const labels = requirements.map((r) => r.label).join(', ');
  if (machine.isRoot && machine.hasApt) {
    const why = requirements.map((r) => `${r.label}: ${r.purpose}`).join('; ');
    return { action: 'install', packages, notice: `npm run ${command}: installiere ${packages.join(' ')} mit apt-get (${why}) …` };
  }
  const install = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const run = machine.hasApt
    ? `sudo sh -c '${install}'`
    : `${install} (auf Debian/Ubuntu; andere Systeme: ${labels} mit dem eigenen Paketverwalter installieren)`;
  const paths = requirements.filter((r) => r.envVar).map((r) => `${r.envVar}=/pfad`);
  const elsewhere = paths.length > 0 ? ` Schon anderswo installiert? Dann ${paths.join(', ')} setzen.` : '';
  return { action: 'stop', message: `npm run ${command} braucht ${labels}, das hier fehlt. Bitte einmal ausführen: ${run}.${elsewhere}` };
}

export interface SystemAccess {
  find(name: ProgramName): string | undefined;
  machine(): Machine;
  /** Runs a command quietly; returns the exit code and its output. */
  run(command: string, args: string[], env?: NodeJS.ProcessEnv): { status: number; output: string };
  log(line: string): void;
  /** The environment (CHROMIUM_PATH, NGINX_PATH, JAVA_PATH). */
  env?: NodeJS.ProcessEnv;
}

export const realSystem: SystemAccess = {
  find: (name) => findProgram(name),
  machine: () => ({ isRoot: process.getuid?.() === 0, hasApt: process.platform === 'linux' && existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/dpkg') }),
  run: (command, args, env) => {
    const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { status: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  },
  log: (line) => console.log(line),
  env: process.env,
};

/**
 * Makes sure the programs `command` needs are there. Returns undefined when ready, or the
 * German message to print before stopping.
 */
export function ensureSystem(command: string, system: SystemAccess = realSystem): string | undefined {
  const needed = NEEDS[command] ?? [];
  const missing = needed.filter((n) => !system.find(n));
  // A path set by hand that leads nowhere: installing the package would not help.
  const wrongPaths = missing.map((n) => REQUIREMENTS[n] as Requirement).filter((r) => r.envVar && system.env?.[r.envVar]);
  if (wrongPaths.length > 0) {
    return wrongPaths
      .map((r) => `${r.envVar}=${system.env?.[r.envVar!]} führt zu keiner Datei. Bitte den Pfad zu ${r.label} korrigieren oder ${r.envVar} entfernen.`)
      .join('\n');
  }
  const plan = planSystem(command, missing, system.machine());
  if (plan.action === 'ready') return undefined;
  if (plan.action === 'stop') return plan.message;
  system.log(plan.notice);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const update = system.run('apt-get', ['update', '-qq'], env);
  const install = update.status === 0 ? system.run('apt-get', ['install', '-y', '-qq', ...plan.packages], env) : update;
  const still = needed.filter((n) => !system.find(n));
  if (install.status !== 0 || still.length > 0) {
    const tail = install.output.trim().split('\n').slice(-5).join('\n');
    return `apt-get konnte ${plan.packages.join(' ')} nicht installieren (Code ${install.status}). Bitte prüfen: apt-get install -y ${plan.packages.join(' ')}\n${tail}`;
  }
  return undefined;
}

if (import.meta.main) {
  const commands = process.argv.slice(2);
  if (commands.includes('--list')) {
    console.log(allDebianPackages().join(' '));
  } else {
    for (const command of commands.length > 0 ? commands : ['test']) {
      const problem = ensureSystem(command);
      if (problem) {
        console.error(problem);
        process.exit(1);
      }
    }
  }
}
