/**
 * An `<ol>` of cards that renders only the rows near the viewport, for the timeline and the tag
 * results at tens of thousands of sessions. The list keeps its real semantics: each rendered
 * `<li>` says where it sits (aria-posinset of aria-setsize), and the rows above and below the
 * window are the list's own padding, sized from measured row heights (an average of the measured
 * ones for rows never seen). The list may be a responsive grid: a row is as many items as the
 * grid has columns.
 *
 * Keyboard: rows next to the focused one are always rendered, so Tab and Shift+Tab walk into the
 * next row instead of jumping past the unrendered ones. Known limit: the browser's find-in-page
 * (Ctrl+F) only sees the rendered rows.
 *
 * The first render (on the server, and when hydrating) shows the first `initialCount` items in
 * one column, so the pre-rendered HTML holds the first screen and hydration matches it; the
 * window is measured after that.
 */
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Extra height rendered above and below the viewport, so a fast scroll rarely shows padding. */
const OVERSCAN_PX = 800;
/** A card's height before any is measured. */
const ESTIMATED_ROW_PX = 170;

interface Layout {
  columns: number;
  gap: number;
  /** Measured height per row index, for the current column count. */
  heights: Map<number, number>;
  estimate: number;
}

function rowHeight(layout: Layout, row: number): number {
  return (layout.heights.get(row) ?? layout.estimate) + layout.gap;
}

/** Total height of rows [from, to). */
function span(layout: Layout, from: number, to: number): number {
  let sum = 0;
  for (let row = from; row < to; row++) sum += rowHeight(layout, row);
  return sum;
}

export function VirtualList<T>({
  items,
  itemKey,
  renderItem,
  initialCount,
  windowed,
}: {
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Items rendered before the window is measured (server, hydration). */
  initialCount: number;
  /** False for short lists: every item rendered (and find-in-page sees all). */
  windowed: boolean;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const layout = useRef<Layout>({ columns: 1, gap: 0, heights: new Map(), estimate: ESTIMATED_ROW_PX });
  const focusedIndex = useRef(-1);
  const [range, setRange] = useState<readonly [number, number]>(() => [0, Math.min(items.length, initialCount)]);
  // Bumped when measured heights change the padding while the range stays the same.
  const [, setMeasured] = useState(0);

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    const current = layout.current;
    const style = getComputedStyle(list);
    const columns = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length);
    const gap = Number.parseFloat(style.rowGap) || 0;
    if (columns !== current.columns) current.heights.clear();
    current.columns = columns;
    current.gap = gap;

    // Measure the rendered rows: the first item of each row, whose height the grid gives the row.
    let changed = false;
    const children = list.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as HTMLElement;
      const index = Number(child.dataset.index);
      if (index % columns !== 0) continue;
      const height = child.getBoundingClientRect().height;
      const row = index / columns;
      if (height > 0 && current.heights.get(row) !== height) {
        current.heights.set(row, height);
        changed = true;
      }
    }
    if (changed) {
      let total = 0;
      for (const height of current.heights.values()) total += height;
      current.estimate = total / current.heights.size;
    }

    const rows = Math.ceil(items.length / columns);
    const top = -list.getBoundingClientRect().top;
    const from = top - OVERSCAN_PX;
    const to = top + window.innerHeight + OVERSCAN_PX;
    let first = 0;
    let offset = 0;
    while (first < rows && offset + rowHeight(current, first) < from) offset += rowHeight(current, first++);
    let last = first;
    while (last < rows && offset < to) offset += rowHeight(current, last++);
    // The focused row and its neighbours, unless the reader has scrolled far away from it.
    const focusedRow = Math.floor(focusedIndex.current / columns);
    if (focusedRow >= 0 && focusedRow >= first - 50 && focusedRow <= last + 50) {
      first = Math.min(first, Math.max(0, focusedRow - 1));
      last = Math.max(last, Math.min(rows, focusedRow + 2));
    }
    const next = [first * columns, Math.min(items.length, last * columns)] as const;
    setRange((previous) => (previous[0] === next[0] && previous[1] === next[1] ? previous : next));
    if (changed) setMeasured((n) => n + 1);
  }, [items.length, windowed]);

  // After every render: a new range or new content can change the rows' heights.
  useLayoutEffect(update);

  useLayoutEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [update]);

  const [start, end] = windowed ? [Math.min(range[0], items.length), Math.min(range[1], items.length)] : [0, items.length];
  const current = layout.current;
  const rows = Math.ceil(items.length / current.columns);
  const firstRow = Math.floor(start / current.columns);
  const endRow = Math.ceil(end / current.columns);
  const paddingTop = span(current, 0, firstRow);
  const paddingBottom = span(current, endRow, rows);

  return (
    <ol
      ref={listRef}
      className="session-list"
      style={windowed ? { paddingTop, paddingBottom } : undefined}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
        focusedIndex.current = row ? Number(row.dataset.index) : -1;
        update();
      }}
    >
      {items.slice(start, end).map((item, k) => (
        <li key={itemKey(item)} data-index={start + k} aria-posinset={start + k + 1} aria-setsize={items.length}>
          {renderItem(item)}
        </li>
      ))}
    </ol>
  );
}
