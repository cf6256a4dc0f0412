/** The two bottom rows: a message line (flash, error, or who and where you are) and the key bar. */
import { Box } from 'ink';
import { Text } from './Text.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { useMemo } from 'react';
import { consoleKeymap } from '../keymap/check-keys.js';
import { idleDialogCommands } from '../keymap/key-context.js';
import type { KeyContext } from '../keymap/resolve-key.js';
import { statusBarItems } from '../presentation/status-bar.js';
import { useConsoleState } from '../state/console-store.js';
import { selectIncident } from '../state/selectors.js';
import { FLASH_STYLE } from '../theme.js';

function MessageLine() {
  const { actor, readOnly, incidents } = useCommandEnv();
  const flash = useConsoleState((s) => s.ui.flash);
  const loadError = useConsoleState((s) => s.data.loadError);
  const mode = useConsoleState((s) => s.ui.mode);
  const editingUpdate = useConsoleState((s) => s.ui.modals.at(-1)?.kind === 'compose-edit');
  if (flash) return <Text wrap="truncate-end" {...FLASH_STYLE[flash.tone]}>{flash.text}</Text>;
  if (loadError) return <Text wrap="truncate-end" color="red">Cannot read the store: {loadError}</Text>;
  if (mode === 'insert') return <Text wrap="truncate-end" color="cyan">INSERT: keys go into the text. {editingUpdate ? 'Enter starts a new line, Ctrl-S previews, Esc leaves (keeps a draft).' : 'Enter saves, Esc cancels.'}</Text>;
  return (
    <Text wrap="truncate-end" dimColor>
      {readOnly ? <Text color="yellow" dimColor={false}>READ-ONLY </Text> : ''}you are {actor} · store {incidents.store.path}
    </Text>
  );
}

/** The key context as primitives, so the bar re-renders only when one of them changes. */
function useKeyContext(readOnly: boolean): KeyContext {
  const screen = useConsoleState((s) => s.ui.screen);
  const modal = useConsoleState((s) => s.ui.modals.at(-1)?.kind);
  const focus = useConsoleState((s) => s.ui.focus);
  const resolvedIncident = useConsoleState((s) => {
    const incident = selectIncident(s);
    return incident?.status === 'resolved' ? incident.id : undefined;
  });
  const replay = useConsoleState((s) => s.replay !== undefined);
  const mitigatedAt = useConsoleState((s) => selectIncident(s)?.milestones.mitigated);
  // Joined, so an unchanged list is the same value for the hook.
  const idle = useConsoleState((s) => idleDialogCommands(s)?.join(' '));
  return useMemo(
    () => ({ screen, modal, focus, readOnly, resolvedIncident, replay, mitigatedAt, idle: idle?.split(' ') }),
    [screen, modal, focus, readOnly, resolvedIncident, replay, mitigatedAt, idle],
  );
}

function KeyBar({ width }: { width: number }) {
  const { readOnly, loaded } = useCommandEnv();
  const context = useKeyContext(readOnly);
  const keymap = consoleKeymap(loaded.config.checks).keymap;
  const items = useMemo(() => statusBarItems(context, width, keymap), [context, width, keymap]);
  return (
    <Text wrap="truncate-end">
      {items.map((item, i) => (
        <Text key={`${item.key}-${item.label}`} dimColor={item.disabled} strikethrough={item.disabled}>
          {i > 0 ? '  ' : ''}
          <Text bold={!item.disabled} color={item.disabled ? undefined : 'cyan'}>{item.key}</Text> {item.label}
        </Text>
      ))}
    </Text>
  );
}

/** Message line above the key bar. */
export function Footer({ width }: { width: number }) {
  return (
    <Box flexDirection="column" width={width} height={2}>
      <MessageLine />
      <KeyBar width={width} />
    </Box>
  );
}
