// Writes a warroom.yaml for one instance of the example shop: its health checks, its deploy
// log and release repository as change sources, and its rollback and maintenance actions.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const INSTALL_DIR = resolve(HERE, '..', '..');

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text) => JSON.stringify(String(text));
const list = (items) => `[${items.map(q).join(', ')}]`;

/** The shipped check program, by absolute path when this example sits inside a Warroom install. */
function checkProgram(name) {
  const path = join(INSTALL_DIR, 'checks', name);
  return existsSync(path) ? path : `checks/${name}`;
}

/** The config text for a shop living in `home` and listening on `port`. */
export function warroomConfigText(home, port) {
  const script = (name) => join(HERE, name);
  const base = `http://127.0.0.1:${port}`;
  const env = `{ SHOP_HOME: ${q(home)} }`;
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
  - name: restart
    kind: restart
    description: Restart the shop process on the same release
    command: ${list([script('restart.sh')])}
    verify: [shop-health]
    confirm: confirm
    timeout: 60s
    env: ${env}
`;
}

/** Writes <home>/warroom.yaml and returns its path. */
export function writeWarroomConfig(home, port) {
  const path = join(home, 'warroom.yaml');
  writeFileSync(path, warroomConfigText(home, port));
  return path;
}
