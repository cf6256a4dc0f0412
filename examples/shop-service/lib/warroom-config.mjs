// Writes a warroom.yaml for one instance of the example shop: its health checks, its deploy
// log and release repository as change sources, its rollback, maintenance and feature-flag
// actions, and two status-log files standing for the status page and the team channel.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const INSTALL_DIR = resolve(HERE, '..', '..');

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text) => JSON.stringify(String(text));
const list = (items) => `[${items.map(q).join(', ')}]`;
/** The argv list running `shopctl.mjs ARGS` with this Node. */
const shopctl = (...args) => list([process.execPath, join(HERE, 'shopctl.mjs'), ...args]);

/** The shipped check program, by absolute path when this example sits inside a Warroom install. */
function checkProgram(name) {
  const path = join(INSTALL_DIR, 'checks', name);
  return existsSync(path) ? path : `checks/${name}`;
}

/** Checks and actions for the queue worker and the database relay, when the shop has them. */
function practiceSections(home, settings) {
  const checks = [];
  const actions = [];
  const env = `{ SHOP_HOME: ${q(home)} }`;
  if (settings.redisPort) {
    const port = String(settings.redisPort);
    checks.push(`  - name: queue-depth
    group: worker
    description: Jobs waiting for the worker (a stopped or slow worker lets them pile up)
    command: [${q(checkProgram('check_queue_depth'))}, --key, "shop:jobs", --port, ${q(port)}, -w, "100", -c, "500", --timeout, "3"]
    timeout: 5s
  - name: redis
    group: worker
    description: The queue's Redis answers PING
    command: [${q(checkProgram('check_redis_ping'))}, --port, ${q(port)}, --timeout, "3"]
    timeout: 5s`);
    actions.push(`  - name: restart-worker
    kind: restart
    description: Start the queue worker again so the backlog drains
    command: ${shopctl('worker', 'start')}
    verify: [queue-depth]
    confirm: confirm
    timeout: 30s
    env: ${env}`);
  }
  if (settings.database) {
    const dsn = `postgresql://127.0.0.1:${settings.database.relayPort}/postgres`;
    checks.push(`  - name: database
    group: database
    description: The shop's database endpoint accepts connections
    command: [${q(checkProgram('check_postgres'))}, --method, pg_isready, --dsn, ${q(dsn)}, --timeout, "3"]
    timeout: 5s`);
    actions.push(`  - name: database-failover
    kind: failover
    description: Send database traffic through a fresh connection path to the server
    command: ${shopctl('relay', 'start')}
    verify: [database]
    confirm: type-name
    timeout: 30s
    env: ${env}`);
  }
  return { checks: checks.map((c) => `${c}\n`).join(''), actions: actions.map((a) => `${a}\n`).join('') };
}

/** A service runbook (a practice run's) put on every incident's checklist, whatever its severity. */
function runbookSection(runbook) {
  if (!runbook) return '';
  const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'].map((level) => `${level}: [${q(runbook)}]`).join(', ');
  return `
runbooks:
  # The runbook for the failure being practised, beside the incident checklist.
  bySeverity: { ${severities} }
`;
}

/** The config text for a shop living in `home` with these settings (port, optional queue and database). */
export function warroomConfigText(home, settings) {
  const { port } = settings;
  const practice = practiceSections(home, settings);
  const script = (name) => join(HERE, name);
  const base = `http://127.0.0.1:${port}`;
  const env = `{ SHOP_HOME: ${q(home)} }`;
  // Relative paths resolve against this file's directory, the shop's home.
  const updates = (file) => (settings.updatesDir ? join(settings.updatesDir, file) : file);
  return `# Warroom configuration for the example shop in ${home}.
# Written by shopctl.mjs setup; see examples/README.md for the walkthrough.
service: shop
store: .warroom/store.json

freeze:
  # Exists while deploys are frozen; the shop's deploy.sh refuses to deploy while it does.
  file: deploy-freeze
  liftOnResolve: true

checks:
  - name: shop-health
    group: shop
    description: The shop's /health endpoint answers 200
    command: [${q(checkProgram('check_http_health'))}, --url, ${q(`${base}/health`)}, --timeout, "3"]
    timeout: 5s
  - name: shop-front-page
    group: shop
    description: The front page answers, normally or with the maintenance page
    command: [${q(checkProgram('check_http_health'))}, --url, ${q(`${base}/`)}, --expect, "200,503", --match-regex, "shop|maintenance", --timeout, "3"]
    timeout: 5s
${practice.checks}
changes:
  window: 2h
  deploys:
    - file: deploys.jsonl
      label: shop-deploys
  git:
    - path: repo
      label: shop-release

actions:
  - name: rollback
    kind: rollback
    description: Return the shop to the version that ran before the suspect deploy
    command: ${list([script('rollback.sh'), '{previousVersion}'])}
    dryRun: ${list([script('rollback.sh'), '--dry-run', '{previousVersion}'])}
    verify: [shop-health]
    confirm: type-name
    timeout: 60s
    env: ${env}
  - name: maintenance-on
    kind: maintenance-on
    description: Serve the maintenance page instead of errors
    command: ${list([script('maintenance.sh'), 'on'])}
    dryRun: ${list([script('maintenance.sh'), '--dry-run', 'on'])}
    verify: [shop-front-page]
    confirm: confirm
    timeout: 30s
    env: ${env}
  - name: maintenance-off
    kind: maintenance-off
    description: Serve the shop again
    command: ${list([script('maintenance.sh'), 'off'])}
    verify: [shop-health]
    confirm: confirm
    timeout: 30s
    env: ${env}
  - name: payments-off
    kind: feature-flag
    description: Switch off the payment provider path; pages answer at once, checkout shows as paused
    command: ${shopctl('flag', 'payments', 'off')}
    dryRun: ${shopctl('flag', 'payments', 'off', '--dry-run')}
    verify: [shop-front-page, shop-health]
    confirm: confirm
    timeout: 30s
    env: ${env}
  - name: payments-on
    kind: feature-flag
    description: Use the payment provider again
    command: ${shopctl('flag', 'payments', 'on')}
    verify: [shop-front-page, shop-health]
    confirm: confirm
    timeout: 30s
    env: ${env}
  - name: restart
    kind: restart
    description: Restart the shop process on the same release
    command: ${list([script('restart.sh')])}
    verify: [shop-health]
    confirm: confirm
    timeout: 60s
    env: ${env}
${practice.actions}${runbookSection(settings.runbook)}
comms:
  targets:
    # Customer-facing updates: the shop's status page, kept as a markdown log.
    - name: status-page
      type: file
      path: ${q(updates('status-page.md'))}
    # Updates for the team: the incident channel, kept as a markdown log.
    - name: team-channel
      type: file
      path: ${q(updates('team-channel.md'))}
  defaultTargets:
    customer: [status-page]
    internal: [team-channel]
`;
}

/** Writes <home>/warroom.yaml and returns its path. */
export function writeWarroomConfig(home, settings) {
  const path = join(home, 'warroom.yaml');
  writeFileSync(path, warroomConfigText(home, settings));
  return path;
}
