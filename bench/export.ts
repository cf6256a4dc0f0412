/**
 * Export of one incident with 10,000 events: read the store, verify the chain, redact, fold,
 * render the postmortem and the JSON export, write both files and record the export.
 * Target: under 1 s (median). Also prints the pure part (redact + fold + render) alone.
 * Run: node scripts/run-ts.mjs bench/export.ts [runs]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load-config.js';
import { newEvent, type NewEvent } from '../src/domain/events.js';
import { buildExportDocument, renderExportJson } from '../src/domain/export-document.js';
import { foldIncident } from '../src/domain/fold.js';
import { buildPostmortemModel } from '../src/domain/postmortem-model.js';
import { renderPostmortemMarkdown } from '../src/domain/postmortem-markdown.js';
import { createRedactor, redactEvents } from '../src/domain/redaction.js';
import { exportIncident } from '../src/export/incident-export.js';
import { IncidentService } from '../src/incidents/incident-service.js';
import { EventStore } from '../src/store/event-store.js';
import { verifyChain } from '../src/store/hash-chain.js';

const runs = Number(process.argv[2] ?? 7);
const EVENTS = 10_000;
const HASH = 'c0ffee'.repeat(10) + 'beef';

/** A realistic mix: notes (some with secrets), check results, checklist ticks, actions, updates. */
function eventFor(id: string, i: number): NewEvent {
  switch (i % 8) {
    case 0:
      return newEvent(id, 'check.finished', { name: `check-${i % 12}`, status: i % 16 === 0 ? 'CRITICAL' : 'OK', summary: `HTTP 200 in ${i % 900} ms`, durationMs: i % 900, perfdata: [{ label: 'time', value: 0.2, uom: 's' }] });
    case 1:
      return newEvent(id, 'checklist.toggled', { runbook: 'crash-after-deploy', itemId: `item-${i % 30}`, text: `Step ${i % 30} of the runbook`, checked: i % 3 !== 0, contentHash: HASH });
    case 2:
      return newEvent(id, 'action.finished', { name: 'restart-worker', kind: 'restart', argv: ['systemctl', 'restart', `worker@${i % 4}`], exitCode: 0, durationMs: 1200, outputTail: 'restarted\n'.repeat(20) });
    case 3:
      return newEvent(id, 'update.posted', { kind: 'update', audience: i % 2 ? 'internal' : 'customer', text: 'Checkout errors continue for some users. We are rolling back. Next update in 30 minutes.', targets: [{ target: 'status-file', ok: true }] });
    case 4:
      return newEvent(id, 'note.added', { text: `retry with postgres://app:s3cret${i}@db-1/shop and token=tok${i}` });
    default:
      return newEvent(id, 'note.added', { text: `observation ${i}: error rate ${(i % 50) / 10}% on api-${i % 6}, p99 ${i % 3000} ms` });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = await mkdtemp(join(tmpdir(), 'warroom-bench-export-'));
try {
  const loaded = await loadConfig({ cwd: dir, env: {} });
  const store = new EventStore({ path: join(dir, 'store.json'), actor: 'bench' });
  const service = new IncidentService(store, loaded);
  const incident = await service.declare({ title: 'Checkout returns 502 after deploy', severity: 'SEV1' });
  for (let filled = 1; filled < EVENTS; filled += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, EVENTS - filled) }, (_, k) => eventFor(incident.id, filled + k));
    await service.record(incident.id, () => batch);
  }
  const storeSize = (await stat(store.path)).size;

  const full: number[] = [];
  const pure: number[] = [];
  let sizes = '';
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = await exportIncident(service, loaded, { format: 'both', cwd: dir }, new Date());
    full.push(performance.now() - started);
    sizes = `markdown ${((await stat(result.markdownPath!)).size / 1e6).toFixed(2)} MB, JSON ${((await stat(result.jsonPath!)).size / 1e6).toFixed(2)} MB`;

    const { events } = await store.read();
    const t0 = performance.now();
    const chain = verifyChain(events);
    const redactor = createRedactor();
    const state = foldIncident(redactEvents(events.filter((e) => e.incidentId === incident.id), redactor))!;
    const now = new Date();
    renderPostmortemMarkdown(buildPostmortemModel({ incident: state, chain, targets: loaded.config.export.targets, policies: loaded.policies, service: 'shop', now }));
    renderExportJson(buildExportDocument({ incident: state, chain, service: 'shop', extraPatterns: 0, now }));
    pure.push(performance.now() - t0);
  }
  const fullMedian = median(full);
  console.log(`export of one incident with ${EVENTS.toLocaleString('en')} events (store ${(storeSize / 1e6).toFixed(1)} MB; ${sizes}), ${runs} runs`);
  console.log(`  full export (read, verify, redact, fold, render, write both, record): median ${fullMedian.toFixed(0)} ms, min ${Math.min(...full).toFixed(0)} ms, max ${Math.max(...full).toFixed(0)} ms`);
  console.log(`  pure part (verify chain, redact, fold, render both):                 median ${median(pure).toFixed(0)} ms`);
  console.log(`  target < 1000 ms: ${fullMedian < 1000 ? 'met' : 'MISSED'}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
