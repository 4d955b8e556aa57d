/**
 * Waits `ms`, or less when the signal aborts or `wake` is called. The abort listener is removed
 * once it resolves: a loop that pauses on every idle read would otherwise pile listeners up.
 */
export function pause(
  ms: number,
  signal?: AbortSignal,
  onWake?: (wake: () => void) => void,
): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    onWake?.(done);
  });
}
