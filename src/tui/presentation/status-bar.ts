/** The key bar: the bindings that work right now, fitted to the terminal width. Pure. */
import { keyLabel } from '../keymap/key-names.js';
import { KEYMAP } from '../keymap/keymap.js';
import type { Binding, KeyContext } from '../keymap/resolve-key.js';
import { bindingsInContext, disabledReason } from '../keymap/resolve-key.js';

export interface BarItem {
  key: string;
  label: string;
  disabled: boolean;
}

const GAP = 2;
const itemWidth = (item: BarItem) => item.key.length + 1 + item.label.length;

function toItem(binding: Binding, context: KeyContext): BarItem {
  return { key: keyLabel(binding.keys[0] ?? ''), label: binding.label ?? '', disabled: disabledReason(binding, context) !== undefined };
}

/**
 * Items that fit in `width`: the most specific bindings first, with the global ones (help, quit)
 * kept at the end so they never fall off a narrow terminal.
 */
export function statusBarItems(context: KeyContext, width: number, keymap: readonly Binding[] = KEYMAP): BarItem[] {
  // A replay refuses every write: its bar lists what works there (the help overlay still lists the rest).
  const labelled = bindingsInContext(context, keymap).filter((b) => b.label !== undefined && !(context.replay && b.mutates));
  const pinned = labelled.filter((b) => b.scope === 'global').map((b) => toItem(b, context));
  const rest = labelled.filter((b) => b.scope !== 'global').map((b) => toItem(b, context));
  let used = pinned.reduce((sum, item) => sum + itemWidth(item) + GAP, 0);
  const shown: BarItem[] = [];
  for (const item of rest) {
    const w = itemWidth(item) + GAP;
    if (used + w > width) break;
    shown.push(item);
    used += w;
  }
  return [...shown, ...pinned];
}
