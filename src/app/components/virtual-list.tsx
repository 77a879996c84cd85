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
 *
 * Why not @tanstack/react-virtual (3.14.28 on virtual-core 3.19.13, tried 2026-12-05 as a
 * window virtualizer with the same props, 145 lines of adapter: grid rows, the focused row,
 * the first screen before mount and the lists far from the viewport still needed code of ours).
 * It fits the budget and passed the tests (49 component tests, 24 browser tests of navigation,
 * reading and discovery), but it costs +10,023 B gzip on /tags (81,567 -> 91,590 of 105,000)
 * and +10,026 B on the timeline, and on the 24,838-session site (`npm run bench:runtime --
 * --only scroll,toggle --no-throttle`, median of 3, load 7-9 on 2 cores) it did the job worse:
 * at most 436 cards in the DOM while scrolling the timeline against 30 here (589 before its
 * rangeExtractor dropped the lists far from the viewport, whose first rows and overscan it keeps
 * rendered; the rest not pinned down), about as many long tasks (26 against 27), and a tag
 * toggle took 15.8 ms of script against 3.1 ms, at the edge of the 16 ms target. Kept.
 */
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Every mounted list's update, run together once per frame (scroll, resize, or a list that has
 * rendered): all of them read the layout before any of them changes it, so a frame lays the page
 * out once, not once per list. Measuring happens in that frame, never right after a commit, so a
 * render (a toggle, a scroll step) is not followed by a forced layout of its own.
 */
const updates = new Set<() => void>();
let frame = 0;
const runUpdates = () => {
  frame = 0;
  updates.forEach((update) => update());
};
const scheduleUpdates = () => {
  frame ||= requestAnimationFrame(runUpdates);
};

/** Extra height rendered above and below the viewport, so a fast scroll rarely shows padding. */
const OVERSCAN_PX = 400;
/** A card's height before any is measured. */
const ESTIMATED_ROW_PX = 170;

/**
 * Row geometry. `offsets[r]` is where row r starts (row heights plus the grid's gap), rebuilt
 * only when a measurement changes it, so finding the window is a binary search, not a walk
 * over thousands of rows on every scroll frame.
 */
class Rows {
  columns = 1;
  gap = 0;
  /** Measured height per row, 0 where not measured yet. */
  heights = new Float64Array(0);
  estimate = ESTIMATED_ROW_PX;
  offsets = new Float64Array(1);
  dirty = true;

  resize(count: number, columns: number, gap: number): void {
    const rows = Math.ceil(count / columns);
    if (columns !== this.columns || rows !== this.heights.length) {
      this.heights = new Float64Array(rows);
      this.dirty = true;
    }
    if (gap !== this.gap) this.dirty = true;
    this.columns = columns;
    this.gap = gap;
  }

  measure(row: number, height: number): void {
    if (row < this.heights.length && height > 0 && this.heights[row] !== height) {
      this.heights[row] = height;
      this.dirty = true;
    }
  }

  table(): Float64Array {
    if (!this.dirty) return this.offsets;
    const { heights } = this;
    let measured = 0;
    let total = 0;
    for (const height of heights) if (height > 0) (measured += 1), (total += height);
    if (measured > 0) this.estimate = total / measured;
    const offsets = new Float64Array(heights.length + 1);
    for (let row = 0; row < heights.length; row++) offsets[row + 1] = offsets[row]! + (heights[row] || this.estimate) + this.gap;
    this.offsets = offsets;
    this.dirty = false;
    return offsets;
  }
}

/** The first row whose end is below `y` (binary search over the offsets). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  /** Called for each rendered item on every render of the list: return a memoized component. */
  renderItem: (item: T) => ReactNode;
  /** Items rendered before the window is measured (server, hydration). */
  initialCount: number;
  /** False for short lists: every item rendered (and find-in-page sees all). */
  windowed: boolean;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const rows = useRef<Rows>(null);
  rows.current ??= new Rows();
  const geometry = rows.current;
  geometry.resize(items.length, geometry.columns, geometry.gap);
  const focusedIndex = useRef(-1);
  const [range, setRange] = useState<readonly [number, number]>(() => [0, Math.min(items.length, initialCount)]);
  // Bumped when measured heights change the padding while the range stays the same.
  const [, setMeasured] = useState(0);

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    // Columns and gap come from the stylesheet (a resize can change them). Read in the frame's
    // one layout, they cost next to nothing.
    const style = getComputedStyle(list);
    geometry.resize(items.length, Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length), Number.parseFloat(style.rowGap) || 0);
    const { columns } = geometry;
    const before = geometry.table();
    // Measure the rendered rows: the first item of each row, whose height the grid gives the row.
    for (const child of list.children as HTMLCollectionOf<HTMLElement>) {
      const index = Number(child.dataset.index);
      if (index % columns === 0) geometry.measure(index / columns, child.getBoundingClientRect().height);
    }
    const offsets = geometry.table();
    const count = offsets.length - 1;
    const top = -list.getBoundingClientRect().top;
    let first = rowAt(offsets, top - OVERSCAN_PX);
    let last = Math.min(count, rowAt(offsets, top + window.innerHeight + OVERSCAN_PX) + 1);
    if (top + window.innerHeight + OVERSCAN_PX < 0 || top - OVERSCAN_PX > offsets[count]!) first = last = 0;
    // The focused row and its neighbours, unless the reader has scrolled far away from it.
    const focusedRow = Math.floor(focusedIndex.current / columns);
    if (focusedRow >= 0 && focusedRow >= first - 50 && focusedRow <= last + 50) {
      first = Math.min(first === last ? focusedRow : first, Math.max(0, focusedRow - 1));
      last = Math.max(last, Math.min(count, focusedRow + 2));
    }
    const next = [first * columns, Math.min(items.length, last * columns)] as const;
    setRange((previous) => (previous[0] === next[0] && previous[1] === next[1] ? previous : next));
    if (offsets !== before) setMeasured((n) => n + 1);
  }, [items.length, windowed, geometry]);

  // After every render, in the next frame: a new range or new content can change the rows' heights.
  useLayoutEffect(scheduleUpdates);

  useLayoutEffect(() => {
    // Added once per page however many lists mount (the same listener twice is one listener);
    // never removed: without lists it only costs an empty frame callback.
    addEventListener('scroll', scheduleUpdates, { passive: true });
    addEventListener('resize', scheduleUpdates);
    updates.add(update);
    return () => void updates.delete(update);
  }, [update]);

  const [start, end] = windowed ? [Math.min(range[0], items.length), Math.min(range[1], items.length)] : [0, items.length];
  const offsets = geometry.table();
  const count = offsets.length - 1;
  const paddingTop = offsets[Math.min(count, Math.floor(start / geometry.columns))]!;
  const paddingBottom = offsets[count]! - offsets[Math.min(count, Math.ceil(end / geometry.columns))]!;

  return (
    <ol
      ref={listRef}
      className={windowed ? 'session-list' : 'session-list session-list--whole'}
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
