import { describe, expect, it } from 'vitest';
import { moveSelection, visibleWindow } from '../../../src/tui/presentation/list-window.js';

const start = { selected: null, offset: 0 };

describe('visibleWindow', () => {
  it('shows the first rows of a top-anchored list with the first row selected', () => {
    expect(visibleWindow(start, 10, 4, 'top')).toEqual({ start: 0, end: 4, selected: 0 });
  });

  it('follows the newest rows of a log with nothing selected', () => {
    expect(visibleWindow(start, 10, 4, 'bottom')).toEqual({ start: 6, end: 10, selected: null });
  });

  it('draws nothing for an empty list or a zero-height pane', () => {
    expect(visibleWindow(start, 0, 4, 'top')).toEqual({ start: 0, end: 0, selected: null });
    expect(visibleWindow(start, 5, 0, 'bottom')).toEqual({ start: 0, end: 0, selected: null });
  });

  it('keeps a stored selection in view even if the pane shrank since', () => {
    expect(visibleWindow({ selected: 9, offset: 0 }, 10, 3, 'top')).toEqual({ start: 7, end: 10, selected: 9 });
  });
});

describe('moveSelection', () => {
  it('moves down a top-anchored list and scrolls only when the selection leaves the window', () => {
    let scroll = moveSelection(start, 'down', 10, 3, 'top');
    expect(scroll).toEqual({ selected: 1, offset: 0 });
    scroll = moveSelection(moveSelection(scroll, 'down', 10, 3, 'top'), 'down', 10, 3, 'top');
    expect(scroll).toEqual({ selected: 3, offset: 1 });
    expect(moveSelection(scroll, 'up', 10, 3, 'top')).toEqual({ selected: 2, offset: 1 });
  });

  it('stops at both ends', () => {
    expect(moveSelection(start, 'up', 10, 3, 'top')).toEqual({ selected: 0, offset: 0 });
    expect(moveSelection({ selected: 9, offset: 7 }, 'pagedown', 10, 3, 'top')).toEqual({ selected: 9, offset: 7 });
  });

  it('scrolling back in a followed log selects the entry above the newest and keeps the view', () => {
    expect(moveSelection(start, 'up', 10, 4, 'bottom')).toEqual({ selected: 8, offset: 6 });
  });

  it('returning to the newest entry of a log resumes following it', () => {
    expect(moveSelection({ selected: 8, offset: 6 }, 'down', 10, 4, 'bottom')).toEqual({ selected: null, offset: 6 });
    expect(moveSelection({ selected: 2, offset: 0 }, 'bottom', 10, 4, 'bottom')).toEqual({ selected: null, offset: 6 });
  });

  it('pages by the window height', () => {
    expect(moveSelection(start, 'pageup', 20, 5, 'bottom')).toEqual({ selected: 14, offset: 14 });
  });

  it('returns the same object when nothing moves, so the store does not re-render', () => {
    const top = { selected: 0, offset: 0 };
    expect(moveSelection(top, 'up', 10, 3, 'top')).toBe(top);
    expect(moveSelection(start, 'down', 0, 3, 'top')).toBe(start);
  });
});
