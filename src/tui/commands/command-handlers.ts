/** Every command of the keymap mapped to its handler; the type makes a missing handler a compile error. */
import type { CommandId } from '../keymap/keymap.js';
import { actionCommands } from './action-commands.js';
import type { CommandHandler } from './command-env.js';
import { changesCommands } from './changes-commands.js';
import { checklistCommands } from './checklist-commands.js';
import { checksCommands } from './checks-commands.js';
import { commsCommands } from './comms-commands.js';
import { composerCommands } from './composer-commands.js';
import { followupCommands } from './followup-commands.js';
import { incidentCommands } from './incident-commands.js';
import { labelCommands } from './label-commands.js';
import { mitigateCommands } from './mitigate-commands.js';
import { navigationCommands } from './navigation-commands.js';
import { replayCommands } from './replay-commands.js';
import { resolveCommands } from './resolve-commands.js';
import { runbookCommands } from './runbook-commands.js';
import { timelineCommands } from './timeline-commands.js';

export const COMMAND_HANDLERS: Record<CommandId, CommandHandler> = { ...navigationCommands, ...incidentCommands, ...checksCommands, ...checklistCommands, ...runbookCommands, ...actionCommands, ...mitigateCommands, ...changesCommands, ...composerCommands, ...commsCommands, ...resolveCommands, ...followupCommands, ...labelCommands, ...replayCommands, ...timelineCommands };
