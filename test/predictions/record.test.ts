import { crc32 } from "node:zlib";
import {
  framePayload,
  frameRecord,
  parseRecords,
} from "../../actions/lib/predictions/record.js";

const text = (inputs: string) => ({ inputs, outputs: inputs.toUpperCase() });
const frames = [
  frameRecord(1, text("a\t1\n"), 1000),
  frameRecord(3, text("b\t1\nb\t2\nb\t3\n"), 2000),
  frameRecord(2, text("c\t1\nc\t2\n"), 3000),
];
const all = Buffer.concat(frames);

describe("record framing", () => {
  it("round-trips rows, append time and the COPY text", () => {
    const parsed = parseRecords(all);
    expect(parsed.stop).toBeUndefined();
    expect(parsed.consumed).toBe(all.length);
    expect(
      parsed.records.map((r) => [
        r.rows,
        r.appendedAt,
        r.payload.inputs.toString(),
        r.payload.outputs.toString(),
      ]),
    ).toEqual([
      [1, 1000, "a\t1\n", "A\t1\n"],
      [3, 2000, "b\t1\nb\t2\nb\t3\n", "B\t1\nB\t2\nB\t3\n"],
      [2, 3000, "c\t1\nc\t2\n", "C\t1\nC\t2\n"],
    ]);
    const payload = framePayload(frames[1]!);
    expect(payload.inputs.toString()).toBe("b\t1\nb\t2\nb\t3\n");
    expect(payload.outputs.toString()).toBe("B\t1\nB\t2\nB\t3\n");
  });

  it("stops after maxRows' worth of records, but always returns one", () => {
    expect(parseRecords(all, 2).records.map((r) => r.rows)).toEqual([1, 3]);
    expect(parseRecords(all, 0).records).toHaveLength(1);
  });

  it.each([1, 5, 8, 12, frames[0]!.length + 3, all.length - 1])(
    "reports a record cut at byte %i as incomplete, keeping the whole ones before it",
    (cut) => {
      const parsed = parseRecords(all.subarray(0, cut));
      expect(parsed.stop).toBe("incomplete");
      const whole = parsed.records.reduce((n, r) => n + r.length, 0);
      expect(parsed.consumed).toBe(whole);
      expect(whole).toBeLessThanOrEqual(cut);
    },
  );

  it("detects a flipped byte in a body by its checksum", () => {
    const damaged = Buffer.from(all);
    const at = frames[0]!.length + 30;
    damaged[at] = damaged[at]! ^ 0xff;
    const parsed = parseRecords(damaged);
    expect(parsed.stop).toBe("corrupt");
    expect(parsed.records).toHaveLength(1);
    expect(parsed.consumed).toBe(frames[0]!.length);
  });

  it.each([
    ["a zero length", 0],
    ["a length shorter than the body prefix", 4],
    ["an absurd length", 0xfffffff0],
  ])("takes %s for damage", (_name, length) => {
    const damaged = Buffer.from(all);
    damaged.writeUInt32BE(length, 0);
    expect(parseRecords(damaged)).toMatchObject({
      stop: "corrupt",
      consumed: 0,
    });
  });

  it("takes an inputs length past the body for damage, even with a matching checksum", () => {
    const damaged = Buffer.from(frames[0]!);
    damaged.writeUInt32BE(9999, 8 + 12);
    damaged.writeUInt32BE(crc32(damaged.subarray(8)), 4);
    expect(parseRecords(damaged).stop).toBe("corrupt");
  });

  it("checksums the body with CRC-32", () => {
    const frame = frames[2]!;
    expect(frame.readUInt32BE(4)).toBe(crc32(frame.subarray(8)));
  });
});
