/**
 * Mirroring to shadow versions. The serving side offers each predict request once it has
 * answered; every shadow has its own bounded queue and a few senders. Offering never waits and
 * never fails: when a queue is full (in copies or in bytes) the copy is dropped and counted, so a
 * slow or dead shadow can never delay or change what clients get.
 */
import type { Logger } from "../logger.js";
import { errorMessage } from "../errors.js";
import type { GatewayMetrics } from "./metrics.js";
import type { ShadowTarget } from "./options.js";
import { Upstream } from "./upstream.js";

/** One mirrored request. The body is the same buffer the serving side forwarded. */
export interface MirroredRequest {
  requestId: string;
  /** Path and query, without any `/v/<version>` prefix. */
  path: string;
  contentType?: string;
  body: Buffer;
}

/** Options shared by every shadow queue. */
export interface ShadowOptions {
  /** The version whose traffic is mirrored (metrics label; `router` in router mode). */
  from: string;
  /** Copies a queue holds. */
  capacity: number;
  /** Bytes a queue holds (bodies), whatever their number. */
  maxBytes?: number;
  /** Copies sent at once to one shadow. */
  concurrency?: number;
  timeoutMs: number;
  metrics: GatewayMetrics;
  logger: Logger;
}

/** Marks a mirrored copy, so no gateway mirrors it again. */
export const MIRROR_HEADER = "x-modelship-mirror";

/** One shadow's queue and senders. */
class ShadowQueue {
  private readonly queue: MirroredRequest[] = [];
  private head = 0;
  private bytes = 0;
  private sending = 0;
  private readonly upstream: Upstream;
  private idle: (() => void) | undefined;

  constructor(
    readonly target: ShadowTarget,
    private readonly options: ShadowOptions,
  ) {
    const concurrency = options.concurrency ?? 8;
    this.upstream = new Upstream(target.url, {
      connections: concurrency,
      timeoutMs: options.timeoutMs,
    });
  }

  get depth(): number {
    return this.queue.length - this.head;
  }

  offer(copy: MirroredRequest): void {
    const maxBytes = this.options.maxBytes ?? 64 * 1024 ** 2;
    if (
      this.depth >= this.options.capacity ||
      this.bytes + copy.body.length > maxBytes
    ) {
      this.count("dropped");
      return;
    }
    this.queue.push(copy);
    this.bytes += copy.body.length;
    this.pump();
  }

  private count(outcome: "sent" | "failed" | "dropped"): void {
    const { metrics, from } = this.options;
    metrics.shadowed(from, this.target.version, outcome);
  }

  private take(): MirroredRequest | undefined {
    if (this.head >= this.queue.length) return undefined;
    const copy = this.queue[this.head] as MirroredRequest;
    this.queue[this.head++] = undefined as unknown as MirroredRequest;
    // Compact now and then, so the array does not grow with every copy ever queued.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    this.bytes -= copy.body.length;
    return copy;
  }

  private pump(): void {
    const concurrency = this.options.concurrency ?? 8;
    while (this.sending < concurrency) {
      const copy = this.take();
      if (!copy) break;
      this.sending++;
      void this.send(copy).finally(() => {
        this.sending--;
        this.pump();
        if (this.sending === 0 && this.depth === 0) this.idle?.();
      });
    }
  }

  private async send(copy: MirroredRequest): Promise<void> {
    try {
      const answer = await this.upstream.send({
        method: "POST",
        path: copy.path,
        headers: {
          "content-type": copy.contentType ?? "application/json",
          "x-request-id": copy.requestId,
          [MIRROR_HEADER]: this.options.from,
        },
        body: copy.body,
      });
      await answer.body.dump();
      this.count(answer.statusCode < 500 ? "sent" : "failed");
    } catch (error) {
      this.count("failed");
      this.options.logger.debug(
        `shadow ${this.target.version}: ${errorMessage(error)}`,
      );
    }
  }

  /** Sends what is queued until `deadline`, then drops the rest (counted) and closes. */
  async close(deadline: number): Promise<void> {
    if (this.sending > 0 || this.depth > 0) {
      await new Promise<void>((resolve) => {
        this.idle = resolve;
        setTimeout(resolve, Math.max(0, deadline - Date.now())).unref();
      });
    }
    for (let copy = this.take(); copy; copy = this.take())
      this.count("dropped");
    await this.upstream.close();
  }
}

/** The shadows of one serving side; the set may change while it runs (the table is watched). */
export class ShadowMirror {
  private readonly queues = new Map<string, ShadowQueue>();

  constructor(private readonly options: ShadowOptions) {}

  /** The shadows mirrored to now. */
  get targets(): ShadowTarget[] {
    return [...this.queues.values()].map((q) => q.target);
  }

  /** Mirrors to exactly these shadows from now on; queues of shadows left out are closed. */
  update(targets: readonly ShadowTarget[]): void {
    const wanted = new Map(targets.map((t) => [`${t.version} ${t.url}`, t]));
    for (const [key, queue] of this.queues)
      if (!wanted.has(key)) {
        this.queues.delete(key);
        void queue.close(Date.now() + this.options.timeoutMs);
      }
    for (const [key, target] of wanted)
      if (!this.queues.has(key)) {
        const queue = new ShadowQueue(target, this.options);
        this.queues.set(key, queue);
        this.options.metrics.watchShadow(
          this.options.from,
          target.version,
          () => queue.depth,
        );
        this.options.logger.info(
          `mirroring ${this.options.from}'s predictions to shadow ${target.version} at ${target.url}`,
        );
      }
  }

  /** Queues a copy for every shadow; never waits. */
  offer(copy: MirroredRequest): void {
    for (const queue of this.queues.values()) queue.offer(copy);
  }

  /** Sends what is queued until `deadline` and closes every queue. */
  async close(deadline: number): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((q) => q.close(deadline)));
  }
}
