#!/usr/bin/env node
// Controls one instance of the example shop: set it up, start/stop it, deploy and roll back
// releases, switch maintenance mode. Every instance lives in its own home directory (given
// by --home or $SHOP_HOME), so tests and drills can run several side by side.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkOut, createReleaseRepo, currentVersion, describeTag, hasMigration, logDeploy, requireVersion, RELEASES, UsageError } from './lib/releases.mjs';
import { health, runningPid, startService, stopService } from './lib/service-process.mjs';
import { writeWarroomConfig } from './lib/warroom-config.mjs';
import { fault, fill, helperStates, relay, worker } from './lib/practice-parts.mjs';
import { switchFlag } from './lib/flags.mjs';

const USAGE = `usage:
  shopctl.mjs setup --home DIR [--port N] [--no-start]   create an instance (release repo, v1.1.0 deployed)
        [--redis-port N] [--database HOST:PORT]         with a queue worker on that Redis / a database relay
        [--updates-dir DIR]                              where the status-update logs go (default: the home)
        [--runbook NAME]                                 a runbook on every incident's checklist
  shopctl.mjs start | stop | restart | status            control the server (stop also stops worker and relay)
  shopctl.mjs worker start|stop | relay start|stop       the queue worker, the database relay
  shopctl.mjs fill N                                     push N jobs onto the queue
  shopctl.mjs fault slow|fail-rate PATH N | fault clear  delay PATH by N ms, fail N% of PATH, or clear
  shopctl.mjs flag payments on|off [--dry-run]           call the payment provider, or serve without it
  shopctl.mjs deploy VERSION [--dry-run] [--force]       deploy a tagged release (refused while frozen)
  shopctl.mjs rollback VERSION [--dry-run]               return to an earlier release (allowed while frozen)
  shopctl.mjs maintenance on|off [--dry-run]             switch the maintenance page
The instance directory comes from --home DIR or $SHOP_HOME.`;

const EXIT_USAGE = 2;
const EXIT_FROZEN = 3;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    home: { type: 'string' },
    port: { type: 'string' },
    'redis-port': { type: 'string' },
    database: { type: 'string' },
    'updates-dir': { type: 'string' },
    runbook: { type: 'string' },
    'no-start': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const say = (line) => process.stdout.write(`${line}\n`);

async function main() {
  const [command, argument, ...rest] = positionals;
  if (values.help || !command) return say(USAGE);
  if (command === 'setup') return setup();
  const home = requireHome();
  const settings = JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'));
  switch (command) {
    case 'start':
      return reportStart(await startService(home, settings.port), settings);
    case 'stop':
      if (settings.redisPort) say(await worker(home, settings, 'stop'));
      if (settings.database) say(await relay(home, settings, 'stop'));
      return say((await stopService(home)) ? 'shop stopped' : 'shop was not running');
    case 'worker':
      return say(await worker(home, settings, argument));
    case 'relay':
      return say(await relay(home, settings, argument));
    case 'fill':
      return say(await fill(settings, positiveInteger(argument, 'fill N')));
    case 'fault':
      return say(fault(home, [argument, ...rest]));
    case 'flag':
      return say(switchFlag(home, [argument, ...rest], values['dry-run']));
    case 'restart':
      await stopService(home);
      return reportStart(await startService(home, settings.port), settings);
    case 'status':
      return status(home, settings);
    case 'deploy':
      return deploy(home, settings, requireVersion(argument), { rollback: false });
    case 'rollback':
      return deploy(home, settings, requireVersion(argument), { rollback: true });
    case 'maintenance':
      return maintenance(home, argument);
    default:
      throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  }
}

function requireHome() {
  const home = values.home ?? process.env.SHOP_HOME;
  if (!home) throw new UsageError(`say which instance: --home DIR or SHOP_HOME\n${USAGE}`);
  if (!existsSync(join(home, 'settings.json'))) throw new UsageError(`${home} is not a shop instance (no settings.json): run shopctl.mjs setup --home ${home}`);
  return resolve(home);
}

async function setup() {
  if (!values.home) throw new UsageError(`setup needs --home DIR\n${USAGE}`);
  const home = resolve(values.home);
  if (existsSync(join(home, 'settings.json'))) throw new UsageError(`${home} is already a shop instance`);
  const port = values.port !== undefined ? Number(values.port) : await freePort();
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port "${values.port}" is not a TCP port`);
  const settings = { service: 'shop', port, ...(await practiceSettings()), ...(values['updates-dir'] ? { updatesDir: resolve(values['updates-dir']) } : {}), ...(values.runbook ? { runbook: values.runbook } : {}) };
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  const repo = join(home, 'repo');
  const now = Date.now();
  createReleaseRepo(repo, now);
  // History: v1.0.0 three days ago, v1.1.0 yesterday; v1.1.0 is what runs.
  for (const release of RELEASES.slice(0, 2)) {
    logDeploy(home, { at: new Date(now - release.ageMs + 3_600_000).toISOString(), service: 'shop', version: release.version, actor: 'release-bot', description: release.subject });
  }
  checkOut(home, repo, 'v1.1.0');
  const config = writeWarroomConfig(home, settings);
  say(`shop instance in ${home}: port ${port}, release repository ${repo}`);
  say(`warroom config: ${config}`);
  if (values['no-start']) return;
  reportStart(await startService(home, port), { port });
  if (settings.redisPort) say(await worker(home, settings, 'start'));
  if (settings.database) say(await relay(home, settings, 'start'));
}

/** The queue and database parts of a practice shop, from --redis-port and --database. */
async function practiceSettings() {
  const extra = {};
  if (values['redis-port'] !== undefined) extra.redisPort = positiveInteger(values['redis-port'], '--redis-port');
  if (values.database !== undefined) {
    const match = /^([^:]+):(\d+)$/.exec(values.database);
    if (!match) throw new UsageError(`--database "${values.database}" is not HOST:PORT`);
    extra.database = { host: match[1], port: Number(match[2]), relayPort: await freePort() };
  }
  return extra;
}

function positiveInteger(text, what) {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new UsageError(`${what}: "${text ?? ''}" is not a positive whole number`);
  return value;
}

function reportStart({ pid, started }, settings) {
  say(`${started ? 'shop started' : 'shop already running'}: pid ${pid}, http://127.0.0.1:${settings.port}/`);
}

async function status(home, settings) {
  const pid = runningPid(home);
  say(`release:     ${currentVersion(home) ?? 'none'}`);
  say(`process:     ${pid ? `running, pid ${pid}` : 'not running'}`);
  say(`maintenance: ${existsSync(join(home, 'maintenance')) ? 'on' : 'off'}`);
  for (const line of helperStates(home, settings)) say(line);
  if (pid) {
    const answer = await health(settings.port);
    say(`health:      ${answer.status || 'no answer'} ${answer.body}`);
  }
}

async function deploy(home, settings, version, { rollback }) {
  const repo = join(home, 'repo');
  const subject = describeTag(repo, version);
  const from = currentVersion(home);
  const verb = rollback ? 'roll back' : 'deploy';
  const freezeFile = join(home, 'deploy-freeze');
  if (!rollback && existsSync(freezeFile) && !values.force) {
    const why = readFileSync(freezeFile, 'utf8').trim() || `${freezeFile} exists`;
    process.stderr.write(`shop: deploys are frozen (${why}).\nA rollback (rollback.sh VERSION) is still allowed; --force deploys anyway.\n`);
    process.exitCode = EXIT_FROZEN;
    return;
  }
  if (rollback && from === version) throw new Error(`nothing to roll back: ${version} is already running`);
  if (values['dry-run']) {
    say(`would ${verb} shop ${from ?? '(nothing)'} -> ${version} (${subject})`);
    say(`  1. check out tag ${version} of ${repo} into ${join(home, 'release')}`);
    say(`  2. restart the shop (now ${runningPid(home) ? `pid ${runningPid(home)}` : 'not running'}) on port ${settings.port}`);
    say(`  3. append the ${rollback ? 'rollback' : 'deploy'} to ${join(home, 'deploys.jsonl')}`);
    return;
  }
  say(`${rollback ? 'rolling back' : 'deploying'} shop ${from ?? '(nothing)'} -> ${version}: ${subject}`);
  checkOut(home, repo, version);
  say(`checked out ${version} into ${join(home, 'release')}`);
  await stopService(home);
  const { pid } = await startService(home, settings.port);
  say(`restarted: pid ${pid}`);
  logDeploy(home, {
    at: new Date().toISOString(),
    service: 'shop',
    version,
    actor: process.env.SHOP_ACTOR ?? process.env.WARROOM_ACTOR ?? process.env.USER ?? 'unknown',
    description: rollback ? `rollback to ${version}` : subject,
    ...(hasMigration(home) ? { migration: true } : {}),
    ...(rollback && from ? { rollbackOf: from } : {}),
  });
  const answer = await health(settings.port);
  say(`health: ${answer.status || 'no answer'} ${answer.body}`);
}

function maintenance(home, state) {
  if (state !== 'on' && state !== 'off') throw new UsageError(`maintenance takes "on" or "off", not "${state ?? ''}"`);
  const file = join(home, 'maintenance');
  const now = existsSync(file) ? 'on' : 'off';
  if (values['dry-run']) return say(`would switch maintenance ${now} -> ${state} (${file})`);
  if (state === 'on') writeFileSync(file, `${new Date().toISOString()}\n`);
  else rmSync(file, { force: true });
  say(`maintenance ${now} -> ${state}: the front page ${state === 'on' ? 'now serves the maintenance page (503)' : 'serves the shop again'}`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

main().catch((error) => {
  process.stderr.write(`shop: ${error.message}\n`);
  process.exitCode = error instanceof UsageError ? EXIT_USAGE : 1;
});
