import { describe, expect, it } from 'vitest';
import { exportDocumentSchema } from '../../../../src/domain/export-schema.js';
import { buildExportDocument } from '../../../../src/domain/export-document.js';
import { foldIncident } from '../../../../src/domain/fold.js';
import { buildPostmortemModel, postmortemFileName, type ChainSummary } from '../../../../src/domain/postmortem-model.js';
import { renderPostmortemMarkdown } from '../../../../src/domain/postmortem-markdown.js';
import { DEFAULT_SEVERITY_POLICIES } from '../../../../src/domain/severity.js';
import { DEFAULT_TARGETS } from '../../../../src/domain/targets.js';
import { eventLog } from '../../../helpers/event-log.js';

const NOW = new Date('2026-05-02T01:30:00.000Z');
const INTACT: ChainSummary = { ok: true, count: 2, head: 'a'.repeat(64) };

function render(chain: ChainSummary = INTACT, breach = false) {
  const log = eventLog('INC-4', '2026-05-01T23:50:00.000Z')
    .add('incident.declared', { title: 'Sign-in | SSO <broken>', severity: 'SEV2', detectedAt: '2026-05-01T23:40:00.000Z', breach }, 0)
    .add('note.added', { text: 'IdP returns 500' }, 20);
  const incident = foldIncident(log.events)!;
  const model = buildPostmortemModel({ incident, chain, targets: DEFAULT_TARGETS, policies: DEFAULT_SEVERITY_POLICIES, service: 'shop', now: NOW });
  return { model, markdown: renderPostmortemMarkdown(model), incident };
}

describe('postmortem draft with little data', () => {
  const { markdown, model } = render();

  it('leaves prompts, not invented text, where the log has nothing', () => {
    for (const heading of ['Summary', 'Impact', 'Contributing factors', 'What went well', 'What went poorly']) {
      expect(markdown).toMatch(new RegExp(`## ${heading}\\n\\n_[^_]+_\\n`));
    }
    expect(markdown).toContain('_No change was marked as suspect.');
    expect(markdown).toContain('## Action items\n\n_No follow-up actions recorded yet.');
    expect(markdown).toContain('| Mitigated | _not recorded_ |   |');
    expect(markdown).toContain('| Time to resolve (MTTR) | _not reached_ | under 4h 00m |');
  });

  it('says the incident was still open, with the time so far', () => {
    expect(markdown).toContain('- **Duration:** 2026-05-01 23:40:00Z, not resolved when this draft was made (1h 50m so far)');
    expect(model.status).toBe('investigating');
  });

  it('escapes title text so it cannot break tables or inject HTML', () => {
    expect(markdown).toContain('# Postmortem: Sign-in \\| SSO &lt;broken&gt;');
    expect(markdown).toContain('| declared SEV2: Sign-in \\| SSO &lt;broken&gt; |');
  });

  it('shows the date when the timeline crosses midnight', () => {
    expect(markdown).toContain('| 2026-05-01 23:50:00Z | alice | declared SEV2');
    expect(markdown).toContain('| 2026-05-02 00:10:00Z | alice | note | IdP returns 500 |');
  });

  it('names the file after the detection date and a slug of the title', () => {
    expect(postmortemFileName(model)).toBe('2026-05-01-sign-in-sso-broken.md');
    expect(postmortemFileName({ ...model, title: '!!!' }, 'json')).toBe('2026-05-01-inc-4.json');
  });
});

describe('postmortem notices', () => {
  it('states a broken chain instead of a head', () => {
    const { markdown } = render({ ok: false, count: 9, brokenAt: { seq: 5, id: 'evt-000005', reason: 'content does not match its hash' } });
    expect(markdown).toContain('- Store hash chain: **broken** at seq 5 (evt-000005): content does not match its hash.');
  });

  it('gives the 72-hour notification deadline when personal data may be exposed', () => {
    const { markdown } = render(INTACT, true);
    expect(markdown).toContain('**Personal data may have been exposed**');
    expect(markdown).toContain('by 2026-05-04 23:40:00Z if counted from detection');
  });
});

describe('JSON export document', () => {
  it('validates against the version 1 schema, and the schema rejects another version', () => {
    const { incident } = render();
    const document = buildExportDocument({ incident, chain: INTACT, service: 'shop', extraPatterns: 0, now: NOW });
    expect(exportDocumentSchema.safeParse(document).success).toBe(true);
    expect(document.incident).not.toHaveProperty('events');
    expect(document.durations.elapsedMs).toBe(110 * 60_000);
    expect(exportDocumentSchema.safeParse({ ...document, formatVersion: 2 }).success).toBe(false);
    expect(exportDocumentSchema.safeParse({ ...document, events: [{ ...document.events[0], hash: 'nothex' }] }).success).toBe(false);
  });
});
