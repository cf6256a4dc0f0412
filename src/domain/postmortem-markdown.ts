/**
 * Renders the postmortem draft as GitHub-flavoured markdown. Facts come from the model;
 * where the log has nothing to say, the section holds an italic prompt for the authors.
 */
import { formatDuration } from './durations.js';
import { escapeMarkdown, inlineCode, prompt } from './markdown-text.js';
import type { PostmortemModel } from './postmortem-model.js';
import {
  actionItemLines, milestoneLines, roleLines, runbookAndCheckLines, severityLines, timelineLines,
} from './postmortem-tables.js';
import { utcDateTime } from './timeline-line.js';

const BREACH_NOTICE_MS = 72 * 3_600_000;

/** The whole postmortem draft as markdown text (ends with a newline). */
export function renderPostmortemMarkdown(model: PostmortemModel): string {
  const sections: string[][] = [
    header(model),
    section('Summary', [model.summary ? escapeMarkdown(model.summary) : prompt('In two or three plain sentences: what broke, for whom, for how long, and how service came back.')]),
    section('Impact', impactLines(model)),
    section('Severity', severityLines(model)),
    section('Roles', roleLines(model)),
    section('Milestones', milestoneLines(model)),
    section('Detection gap', detectionLines(model)),
    section('Trigger and root cause', causeLines(model)),
    section('Contributing factors', [
      prompt('What made this more likely, larger or slower to fix? Think of monitoring, runbooks, deploy safety, capacity, dependencies and ownership.'),
    ]),
    section('What went well', [prompt('Which tools, habits and decisions shortened the outage? Keep doing these.')]),
    section('What went poorly', [prompt('Where did time go: waiting, searching, unclear ownership, missing access, noisy alerts?')]),
    section('Five whys', fiveWhys(model)),
    section('Action items', actionItemLines(model)),
    section('Runbooks and checks', runbookAndCheckLines(model)),
    section('Timeline', timelineLines(model)),
    section('Record integrity', integrityLines(model)),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function section(title: string, body: string[]): string[] {
  return [`## ${title}`, '', ...body];
}

function header(model: PostmortemModel): string[] {
  const duration = model.end
    ? `${utcDateTime(model.start)} to ${utcDateTime(model.end)} (${formatDuration(model.durations.timeToResolveMs ?? 0)})`
    : `${utcDateTime(model.start)}, not resolved when this draft was made (${formatDuration(model.durations.elapsedMs)} so far)`;
  const severity =
    model.severity.steps.length === 0
      ? model.severity.final
      : `${model.severity.final} (declared ${model.severity.initial}, highest ${model.severity.highest})`;
  return [
    `# Postmortem: ${escapeMarkdown(model.title)}`,
    '',
    `<!-- Draft made by warroom from the ${model.id} event log at ${utcDateTime(model.generatedAt)}. Edit freely; the log stays the record. ` +
      'Keep it blameless: ask what allowed this to happen, not who did it. ' +
      'Once the review is held and this document is final, run `warroom postmortem done`: that, not this draft, is the milestone `warroom stats` measures. -->',
    '',
    `- **Incident:** ${model.id}${model.drill ? ' (drill)' : ''}`,
    `- **Service:** ${escapeMarkdown(model.service)}`,
    `- **Date:** ${model.date}`,
    `- **Duration:** ${duration}`,
    `- **Severity:** ${severity}`,
    ...(model.tags.length > 0 ? [`- **Tags:** ${model.tags.map(escapeMarkdown).join(', ')}`] : []),
    `- **Status:** ${model.status}`,
    `- **Updates posted:** ${model.updatesPosted.customer} public, ${model.updatesPosted.internal} internal`,
    `- **Declared by:** ${escapeMarkdown(model.declaredBy)}`,
  ];
}

function impactLines(model: PostmortemModel): string[] {
  const lines = [
    model.impact
      ? escapeMarkdown(model.impact)
      : prompt('Who was affected and how: share of users or requests, regions, features, revenue if known, data at risk.'),
  ];
  if (model.breach) {
    const due = utcDateTime(new Date(Date.parse(model.start) + BREACH_NOTICE_MS).toISOString());
    lines.push(
      '',
      `> **Personal data may have been exposed** (flagged during the incident). Under GDPR Art. 33 the supervisory authority ` +
        `must be notified within 72 hours of becoming aware: by ${due} if counted from detection. Record who notified, and when.`,
    );
  }
  return lines;
}

function detectionLines(model: PostmortemModel): string[] {
  const d = model.durations;
  const lines = [
    `- Detected ${utcDateTime(model.start)}; declared an incident ${formatDuration(d.timeToDeclareMs ?? 0)} later.`,
    d.timeToAcknowledgeMs === null
      ? '- Never acknowledged in the console.'
      : `- Acknowledged ${formatDuration(d.timeToAcknowledgeMs)} after detection.`,
    '',
    prompt('How was the problem noticed (alert, customer report, a colleague)? What signal would have shown it sooner, and why did it not fire?'),
  ];
  return lines;
}

function causeLines(model: PostmortemModel): string[] {
  const lines = ['### Trigger', ''];
  if (model.suspects.length === 0) {
    lines.push(prompt('No change was marked as suspect. Which change, load or outside event set this off?'));
  } else {
    lines.push('Changes marked as suspect during the incident:', '');
    for (const s of model.suspects) {
      const ref = s.ref ? ` ${inlineCode(s.ref)}` : '';
      const details = [
        escapeMarkdown(s.source),
        s.service && `service ${escapeMarkdown(s.service)}`,
        `changed ${utcDateTime(s.changedAt)}`,
        s.previousRef && `previous ${inlineCode(s.previousRef)}`,
        s.migration && 'ran a database migration',
        `marked by ${escapeMarkdown(s.markedBy)} at ${utcDateTime(s.markedAt)}`,
      ].filter(Boolean);
      lines.push(`- **${s.kind}**${ref}: ${escapeMarkdown(s.title)} (${details.join('; ')})`);
    }
    lines.push('', '<!-- A suspect is a lead, not a finding: confirm or correct it. -->');
  }
  lines.push('', '### Root cause', '');
  if (model.rootCause) lines.push(escapeMarkdown(model.rootCause));
  else {
    lines.push(
      prompt('What condition in the system let the trigger cause an outage? Ask why the system allowed it, not who did it.'),
      '',
      '<!-- Record it with `warroom edit --root-cause TEXT` (C in the console): the next export fills it in, and `warroom stats` counts a later incident with the same root cause as a repeat. -->',
    );
  }
  return lines;
}

function fiveWhys(model: PostmortemModel): string[] {
  return [
    `1. Why did "${escapeMarkdown(model.title)}" happen? ${prompt('answer')}`,
    `2. Why was that possible? ${prompt('answer')}`,
    `3. Why was that not caught earlier? ${prompt('answer')}`,
    `4. Why did nothing stop it from spreading? ${prompt('answer')}`,
    `5. Why does the process allow that? ${prompt('answer')}`,
  ];
}

function integrityLines(model: PostmortemModel): string[] {
  const chain = model.chain.ok
    ? `- Store hash chain: intact over ${model.chain.count} events; head ${inlineCode(model.chain.head)}.`
    : `- Store hash chain: **broken** at seq ${model.chain.brokenAt.seq} (${model.chain.brokenAt.id}): ${escapeMarkdown(model.chain.brokenAt.reason)}.`;
  const check = model.chain.ok
    ? [
        `- To check that the store still holds these ${model.chain.count} events unchanged, run ${inlineCode(`warroom verify --head ${model.chain.head}`)}. ` +
          'Events recorded later (this export is one) follow the head; events cut off the end of the store show up only against a head kept outside it, like this one.',
      ]
    : [];
  return [
    `- Last event of ${model.id}: seq ${model.lastEvent.seq}, hash ${inlineCode(model.lastEvent.hash)}.`,
    chain,
    ...check,
    '- Credentials and tokens found in the log are shown as `[REDACTED]`.',
  ];
}
