/** Saves a finished drill where the user keeps it: the score and the timeline, as JSON and markdown. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DrillScenario } from '../domain/drill/scenario.js';
import type { DrillScore } from '../domain/drill/score.js';
import { scoreMarkdown } from '../domain/drill/score-report.js';
import type { IncidentEvent } from '../domain/events.js';
import { formatTimelineLine, timelineEntry } from '../domain/timeline-line.js';

export interface DrillLogLine {
  at: string;
  text: string;
}

export interface DrillReportInput {
  outputDir: string;
  scenario: DrillScenario;
  score: DrillScore;
  /** What the drill itself did (faults injected), beside the responders' timeline. */
  drillLog: DrillLogLine[];
  events: readonly IncidentEvent[];
}

/** Writes drill.json and drill.md into the output directory; returns their paths. */
export async function writeDrillReport(input: DrillReportInput): Promise<{ json: string; markdown: string }> {
  const json = join(input.outputDir, 'drill.json');
  const markdown = join(input.outputDir, 'drill.md');
  const document = { scenario: input.scenario, score: input.score, drillLog: input.drillLog, events: input.events };
  await writeFile(json, `${JSON.stringify(document, null, 2)}\n`, { mode: 0o600 });
  const timeline = input.events.map((e) => `- ${formatTimelineLine(timelineEntry(e), { withDate: true })}`);
  const faults = input.drillLog.map((l) => `- ${l.at} ${l.text}`);
  const text = [scoreMarkdown(input.score), '## What the drill did', '', ...faults, '', '## Timeline', '', ...(timeline.length > 0 ? timeline : ['(no events)']), ''].join('\n');
  await writeFile(markdown, text, { mode: 0o600 });
  return { json, markdown };
}
