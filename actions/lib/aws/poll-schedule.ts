/**
 * When to poll next while waiting on CloudFormation or ECS. A deploy usually settles within a
 * minute or two, so the first minute polls every `pollMs` and a finished stack is seen within
 * seconds. A longer wait backs off (×1.5 a poll, up to 10 s) with ±20% jitter, so parallel jobs
 * drift apart. Whatever the phase, one wait makes at most `callsPerMinute` API calls in any
 * 60-second window: CloudFormation and ECS throttle per account and region, and the same account
 * may run many deploys (and the console) at once.
 */

/** Default spacing of polls in the first minute of a wait. */
export const DEFAULT_POLL_MS = 2000;
/** Default limit on one stack operation. */
export const DEFAULT_TIMEOUT_MS = 60 * 60_000;
/**
 * Default API calls one wait may make in any 60 s: one a second, far below ECS's sustained rates
 * (20 a second for reads) and CloudFormation's, even with a dozen deploys in one account.
 */
export const DEFAULT_CALLS_PER_MINUTE = 60;
/** How long a wait polls at `pollMs` before it backs off. */
export const FAST_PHASE_MS = 60_000;
/** The longest gap between polls once backed off: the worst delay in seeing a finished stack. */
export const MAX_POLL_DELAY_MS = 10_000;

const GROWTH = 1.5;
const JITTER = 0.2;
const WINDOW_MS = 60_000;

/** The timing knobs a polling loop takes; tests inject the clock, the sleep and the dice. */
export interface PollTiming {
  /** Gap between polls in the first minute (default 2 s). */
  pollMs?: number;
  /** Longest wait for one operation (default 60 minutes). */
  timeoutMs?: number;
  /** API calls one wait may make in any 60 s (default 60). */
  callsPerMinute?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1), for the jitter. */
  random?: () => number;
}

const realSleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The schedule of one wait: record the calls each poll made, then `wait()` before the next. */
export class PollSchedule {
  private readonly started: number;
  private readonly pollMs: number;
  private readonly budget: number;
  private delay: number;
  /** When each call of the last minute was made (ms), oldest first. */
  private readonly calls: number[] = [];
  private lastPollCalls = 1;

  constructor(private readonly timing: PollTiming = {}) {
    this.pollMs = timing.pollMs ?? DEFAULT_POLL_MS;
    this.budget = Math.max(
      1,
      timing.callsPerMinute ?? DEFAULT_CALLS_PER_MINUTE,
    );
    this.delay = this.pollMs;
    this.started = this.now();
  }

  /** The time now, in ms. */
  now(): number {
    return (this.timing.now?.() ?? new Date()).getTime();
  }

  /** Milliseconds since the wait started. */
  elapsed(): number {
    return this.now() - this.started;
  }

  /** Records that the poll just finished made `count` API calls. */
  record(count: number): void {
    const at = this.now();
    for (let i = 0; i < count; i++) this.calls.push(at);
    this.lastPollCalls = Math.max(1, count);
  }

  /**
   * How long to sleep before the next poll: the backoff with jitter, stretched until the next
   * poll's calls (estimated as the last poll's) fit the budget, and never past `deadline`.
   */
  nextDelay(deadline?: number): number {
    const now = this.now();
    while (this.calls.length > 0 && (this.calls[0] ?? 0) <= now - WINDOW_MS)
      this.calls.shift();
    if (now - this.started >= FAST_PHASE_MS)
      this.delay = Math.min(
        Math.max(MAX_POLL_DELAY_MS, this.pollMs),
        this.delay * GROWTH,
      );
    const random = this.timing.random ?? Math.random;
    let wait = this.delay * (1 + JITTER * (2 * random() - 1));
    const excess = this.calls.length + this.lastPollCalls - this.budget;
    if (excess > 0) {
      // Wait until enough of the window's oldest calls have aged out of it.
      const oldest = this.calls[Math.min(excess, this.calls.length) - 1];
      if (oldest !== undefined) wait = Math.max(wait, oldest + WINDOW_MS - now);
    }
    if (deadline !== undefined) wait = Math.min(wait, deadline - now);
    return Math.max(0, wait);
  }

  /** Sleeps until the next poll is due (see nextDelay). */
  async wait(deadline?: number): Promise<void> {
    await (this.timing.sleep ?? realSleep)(this.nextDelay(deadline));
  }
}
