/**
 * The console's Text: Ink's, with every string child made printable (printable-text.ts). All text
 * on screen goes through a Text, so this is the one place data becomes screen text; lint keeps
 * Ink's own Text out of src/tui.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
// eslint-disable-next-line no-restricted-imports -- the one place Ink's Text is used
import { Text as InkText, type TextProps } from 'ink';
import { printable } from '../../domain/printable-text.js';

/** Set inside a truncating Text: its nested Texts are on the same single row. */
const OneRow = createContext(false);

function printableChildren(node: ReactNode, oneRow: boolean): ReactNode {
  if (typeof node === 'string') return printable(node, { oneRow });
  if (Array.isArray(node)) return node.map((child: ReactNode) => printableChildren(child, oneRow));
  return node;
}

/** Ink's Text; a truncating one (and everything inside it) keeps to one row, so line breaks in data become spaces. */
export function Text({ children, ...props }: TextProps) {
  const inherited = useContext(OneRow);
  const oneRow = inherited || (props.wrap?.startsWith('truncate') ?? false);
  // Several children are passed as separate arguments, as JSX does, so they need no keys.
  const parts = Array.isArray(children) ? children.map((child: ReactNode) => printableChildren(child, oneRow)) : [printableChildren(children, oneRow)];
  const text = createElement(InkText, props, ...parts);
  return oneRow && !inherited ? createElement(OneRow.Provider, { value: true }, text) : text;
}
