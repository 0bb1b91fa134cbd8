/**
 * Resolves once what is on the page has been painted (a frame, then the task after it), so a
 * progress indicator is on screen before more work begins; after 100 ms at most, because a hidden
 * page paints no frames.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
