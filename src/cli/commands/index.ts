/** Every subcommand, in the order `--help` lists them. Add a command with one line here. */
import type { Command } from 'commander';
import { registerChanges } from './changes.js';
import { registerCheck } from './check.js';
import { registerConsole } from './console.js';
import { registerDeclare } from './declare.js';
import { registerEdit } from './edit.js';
import { registerAck, registerNote, registerRole, registerSetStatus, registerSeverity } from './incident-actions.js';
import { registerResolve } from './resolve.js';
import { registerReopen } from './reopen.js';
import { registerExport } from './export.js';
import { registerPostmortem } from './postmortem.js';
import { registerFollowup } from './followup.js';
import { registerStats } from './stats.js';
import { registerVerify } from './verify.js';
import { registerList, registerStatus } from './status.js';
import { registerBreach } from './breach.js';
import { registerUpdate } from './update.js';
import { registerUpdates } from './updates.js';
import { registerSuspect } from './suspect.js';
import { registerRunbooks } from './runbooks.js';
import { registerRunbook } from './runbook.js';
import { registerChecklist } from './checklist.js';
import { registerTick } from './tick.js';
import { registerAttach } from './attach.js';
import { registerAction } from './action.js';
import { registerActions } from './actions-list.js';
import { registerMitigated } from './mitigated.js';
import { registerFreeze } from './freeze.js';
import { registerDrill } from './drill.js';
import { registerReplay } from './replay.js';

export const COMMANDS: ((program: Command) => void)[] = [
  registerConsole,
  registerDeclare,
  registerNote,
  registerAck,
  registerSeverity,
  registerRole,
  registerSetStatus,
  registerEdit,
  registerStatus,
  registerList,
  registerResolve,
  registerReopen,
  registerCheck,
  registerChanges,
  registerSuspect,
  registerFollowup,
  registerExport,
  registerPostmortem,
  registerVerify,
  registerStats,
  registerUpdate,
  registerUpdates,
  registerBreach,
  registerRunbooks,
  registerRunbook,
  registerChecklist,
  registerTick,
  registerAttach,
  registerActions,
  registerAction,
  registerMitigated,
  registerFreeze,
  registerDrill,
  registerReplay,
];
