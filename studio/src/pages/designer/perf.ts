/**
 * Performance API marks the designer leaves for the browser test: `designer:open` (from starting to load a
 * definition to the first frame with its nodes) and `designer:change` (from applying an edit, such as a node's
 * move, to the next frame that shows it).
 */
export function markStart(name: 'open' | 'change'): void {
  performance.clearMarks(`designer:${name}-start`);
  performance.mark(`designer:${name}-start`);
}

/** Measures after the browser has painted the frame React just committed. */
export function measureAfterPaint(name: 'open' | 'change'): void {
  if (performance.getEntriesByName(`designer:${name}-start`, 'mark').length === 0) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName(`designer:${name}-start`, 'mark').length === 0) return;
      performance.measure(`designer:${name}`, `designer:${name}-start`);
      performance.clearMarks(`designer:${name}-start`);
    }, 0),
  );
}
