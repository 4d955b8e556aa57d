/**
 * The journal's group commit: one fdatasync covers every record written since the previous one,
 * as PostgreSQL's group commit does. One fsync runs at a time; `eager` (strict durability) starts
 * the next as soon as the previous is done, otherwise at most every `intervalMs`.
 */
import type { FileHandle } from "node:fs/promises";
import type { Logger } from "../logger.js";
import type { JournalRecord } from "./types.js";

/** Options for GroupSync. */
export interface GroupSyncOptions {
  eager: boolean;
  intervalMs: number;
  /** The open segment's file, whose fsync makes its written records durable. */
  handle(): FileHandle | undefined;
  onDurable(records: readonly JournalRecord[]): void;
  logger: Logger;
  dir: string;
}

/** See the module comment. */
export class GroupSync {
  private unsynced: JournalRecord[] = [];
  private syncing?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private last = 0;

  constructor(private readonly options: GroupSyncOptions) {}

  /** True when every written record is fsynced. */
  get idle(): boolean {
    return !this.syncing && this.unsynced.length === 0;
  }

  /** Records now in the file, to be fsynced. */
  written(records: readonly JournalRecord[]): void {
    this.unsynced = this.unsynced.concat(records);
    this.request();
  }

  private request(): void {
    if (this.syncing || this.timer || this.unsynced.length === 0) return;
    const due = this.options.eager
      ? 0
      : this.last + this.options.intervalMs - Date.now();
    if (due <= 0) {
      void this.now();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.now();
    }, due);
  }

  /** Fsyncs now what is written (or joins the fsync in flight, which asks for the next round). */
  now(): Promise<void> {
    if (this.syncing) return this.syncing;
    clearTimeout(this.timer);
    this.timer = undefined;
    const handle = this.options.handle();
    if (!handle || this.unsynced.length === 0) return Promise.resolve();
    const covered = this.unsynced;
    this.unsynced = [];
    this.last = Date.now();
    const syncing = handle
      .datasync()
      .then(
        () => this.options.onDurable(covered),
        // They stay in the file and in memory; strict callers wait for Postgres instead.
        (error: unknown) =>
          this.options.logger.error(
            `prediction log: fsync of the journal ${this.options.dir} failed: ${String(error)}`,
          ),
      )
      .finally(() => {
        this.syncing = undefined;
        this.request();
      });
    this.syncing = syncing;
    return syncing;
  }

  /** Waits for the fsync in flight, then fsyncs what was written meanwhile. */
  async settle(): Promise<void> {
    await this.syncing;
    await this.now();
  }
}
