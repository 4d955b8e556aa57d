import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { memoryLogger } from "../../actions/lib/logger.js";
import {
  Journal,
  type JournalOptions,
  type JournalRecord,
} from "../../actions/lib/predictions/journal.js";
import { frameRecord } from "../../actions/lib/predictions/record.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "journal-test-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function journal(overrides: Partial<JournalOptions> = {}) {
  const durable: JournalRecord[] = [];
  const logger = memoryLogger();
  const opened = Journal.open({
    dir,
    maxBytes: 1024 * 1024,
    segmentBytes: 1000,
    commitIntervalMs: 5,
    eager: false,
    logger,
    onDurable: (records) => durable.push(...records),
    onFailed: () => undefined,
    ...overrides,
  });
  return { opened, durable, logger };
}

const text = (inputs: string) => ({ inputs, outputs: `out-${inputs}` });
const frame = (i: number) => frameRecord(1, text(`row-${i}\n`), Date.now());
const texts = (records: { payload: { inputs: Buffer } }[]) =>
  records.map((r) => r.payload.inputs.toString().trim());
const segmentFiles = () =>
  readdirSync(dir).filter((f) => f.endsWith(".journal"));

describe("Journal", () => {
  it("group-commits appends within the interval and reads them back in order", async () => {
    const { opened, durable } = journal({ commitIntervalMs: 20 });
    const j = await opened;
    const started = Date.now();
    const records = [0, 1, 2].map((i) => j.append(1, frame(i))!);
    expect(records.map((r) => r.state)).toEqual([
      "pending",
      "pending",
      "pending",
    ]);
    while (durable.length < 3) await new Promise((r) => setTimeout(r, 1));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(records.every((r) => r.state === "written")).toBe(true);
    expect(j.committedEnd).toBe(records[2]!.end);
    const read = await j.read(0, j.committedEnd, 100);
    expect(texts(read.records)).toEqual(["row-0", "row-1", "row-2"]);
    expect(read.next).toBe(j.committedEnd);
    await j.close({ empty: false });
  });

  it("writes a record in the turn after its append, and fsyncs it within the interval", async () => {
    const { opened, durable } = journal({ commitIntervalMs: 300 });
    const j = await opened;
    j.append(1, frame(0)); // the first fsync is due at once
    while (durable.length < 1) await new Promise((r) => setTimeout(r, 1));
    const record = j.append(1, frame(1))!;
    const appended = Date.now();
    while (record.state !== "written")
      await new Promise((r) => setTimeout(r, 1));
    const writtenAfter = Date.now() - appended;
    expect(writtenAfter).toBeLessThan(150); // in the file, safe from a SIGKILL, well before the fsync
    expect(durable).toHaveLength(1);
    while (durable.length < 2) await new Promise((r) => setTimeout(r, 1));
    expect(Date.now() - appended).toBeLessThan(1000);
    await j.close({ empty: true });
  });

  it("rotates segments by size and deletes the ones Postgres has acknowledged", async () => {
    const j = await journal({ segmentBytes: 300 }).opened;
    const records: JournalRecord[] = [];
    for (let i = 0; i < 60; i++) {
      records.push(j.append(1, frame(i))!);
      await j.flush();
    }
    const files = segmentFiles();
    expect(files.length).toBeGreaterThan(2);
    let all: string[] = [];
    for (let at = j.start; at < j.committedEnd;) {
      const read = await j.read(at, j.committedEnd, 7);
      all = all.concat(texts(read.records));
      at = read.next;
    }
    expect(all).toEqual(records.map((_, i) => `row-${i}`));
    j.acknowledge(records[40]!.end);
    const deadline = Date.now() + 5000; // the deletions run in the background
    while (segmentFiles().length >= files.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(segmentFiles().length).toBeLessThan(files.length);
    expect(j.start).toBeLessThanOrEqual(records[41]!.start);
    const rest = await j.read(j.start, j.committedEnd, 1000);
    expect(texts(rest.records)).toContain("row-41");
    await j.close({ empty: true });
    expect(segmentFiles()).toEqual([]);
  });

  it("refuses appends beyond its disk budget", async () => {
    const j = await journal({ maxBytes: 300 }).opened;
    const accepted = [];
    for (let i = 0; i < 20; i++) accepted.push(j.append(1, frame(i)));
    const taken = accepted.filter(Boolean).length;
    expect(taken).toBeGreaterThan(3);
    expect(taken).toBeLessThan(20);
    expect(j.bytes).toBeLessThanOrEqual(300);
    await j.close({ empty: false });
  });

  it("counts an earlier run's rows on open, and skips a torn tail without failing", async () => {
    const first = await journal().opened;
    for (let i = 0; i < 5; i++)
      first.append(2, frameRecord(2, text(`a${i}\nb${i}\n`), 1));
    await first.close({ empty: false });
    const [file] = segmentFiles();
    const full = statSync(path.join(dir, file!)).size;
    truncateSync(path.join(dir, file!), full - 3); // the last record's write was cut short

    const { opened, logger } = journal();
    const second = await opened;
    expect(second.rowsOnOpen).toBe(8);
    expect(second.damagedOnOpen).toBeGreaterThan(0);
    expect(logger.text()).toMatch(/torn or damaged byte\(s\).*skipped/);
    const read = await second.read(second.start, second.committedEnd, 100);
    expect(read.records).toHaveLength(4);
    // New records go to a new segment after the damaged one, and read on from there.
    const next = second.append(1, frame(99))!;
    await second.flush();
    const after = await second.read(read.next, second.committedEnd, 100);
    expect(texts(after.records)).toEqual(["row-99"]);
    expect(after.next).toBe(next.end);
    await second.close({ empty: false });
  });

  it("skips garbage appended after the last record, and a segment that is not ours", async () => {
    const first = await journal().opened;
    first.append(1, frame(1));
    await first.close({ empty: false });
    appendFileSync(path.join(dir, segmentFiles()[0]!), Buffer.alloc(50, 7));
    writeFileSync(
      path.join(dir, "0000000000099999.journal"),
      "not a journal at all",
    );
    const second = await journal().opened;
    expect(second.rowsOnOpen).toBe(1);
    let seen: string[] = [];
    for (let at = second.start; at < second.committedEnd;) {
      const read = await second.read(at, second.committedEnd, 100);
      seen = seen.concat(texts(read.records));
      expect(read.next).toBeGreaterThan(at);
      at = read.next;
    }
    expect(seen).toEqual(["row-1"]);
    await second.close({ empty: false });
  });

  it("lets one process at a time use a directory, and takes over a dead one's lock", async () => {
    writeFileSync(path.join(dir, "LOCK"), "999999999\n"); // no such process
    const j = await journal().opened;
    const { spawn } = await import("node:child_process");
    const sleeper = spawn(process.execPath, [
      "-e",
      "setTimeout(() => {}, 30000)",
    ]);
    try {
      await j.close({ empty: false });
      writeFileSync(path.join(dir, "LOCK"), `${sleeper.pid}\n`);
      await expect(
        journal({ variable: "LOG_JOURNAL_DIR" }).opened,
      ).rejects.toThrow(
        new RegExp(
          `in use by process ${sleeper.pid}: give each process its own LOG_JOURNAL_DIR`,
        ),
      );
    } finally {
      sleeper.kill("SIGKILL");
    }
  });

  it("commits at once in eager (strict) mode", async () => {
    const { opened, durable } = journal({
      eager: true,
      commitIntervalMs: 10_000,
    });
    const j = await opened;
    j.append(1, frame(1));
    const started = Date.now();
    while (durable.length < 1) await new Promise((r) => setTimeout(r, 1));
    expect(Date.now() - started).toBeLessThan(2000);
    await j.close({ empty: true });
  });
});
