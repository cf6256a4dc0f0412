/** Reads one runbook file safely: size-capped, text only, hashed exactly as stored on disk. */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { RunbookError } from './runbook-error.js';

/** Larger files are refused: a runbook is read at 3 a.m., a huge one is a mistake, and parsing it would stall the console. */
export const MAX_RUNBOOK_BYTES = 256 * 1024;

export interface RunbookFileContent {
  text: string;
  /** `sha256:<hex>` of the file's bytes: which version of the runbook a tick refers to. */
  contentHash: string;
}

/** The sha256 content hash recorded with ticks and attachments. */
export function hashContent(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Reads a runbook file; throws RunbookError naming the file when it cannot be used. */
export async function readRunbookFile(file: string, maxBytes = MAX_RUNBOOK_BYTES): Promise<RunbookFileContent> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new RunbookError(`${file} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof RunbookError) throw error;
    throw new RunbookError(`cannot read runbook ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size > maxBytes) {
    throw new RunbookError(`runbook ${file} is ${formatBytes(size)}; runbooks are limited to ${formatBytes(maxBytes)}, split it into smaller ones`);
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new RunbookError(`cannot read runbook ${file}: ${error.code ?? error.message}`);
  });
  if (bytes.includes(0)) throw new RunbookError(`runbook ${file} is not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RunbookError(`runbook ${file} is not valid UTF-8 text`);
  }
  return { text: text.replace(/^\uFEFF/, ''), contentHash: hashContent(bytes) };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
