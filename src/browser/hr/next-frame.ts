/**
 * Resolves after the browser has drawn the next frame, so DOM written before it is laid out on its
 * own and the next piece of work starts in a new task. A hidden tab draws no frames: after
 * FALLBACK_MS it resolves anyway, so work written in pieces never waits for the tab to be shown.
 */
const FALLBACK_MS = 100;

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FALLBACK_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      // A task queued from the frame's callback runs after that frame's style, layout and paint.
      setTimeout(resolve, 0);
    });
  });
}
