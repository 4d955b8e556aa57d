import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  fileLabels,
  loadGateInput,
  parseBaselineFrom,
} from "../../actions/lib/gate/load.js";
import { memoryLogger } from "../../actions/lib/logger.js";

describe("loadGateInput from files", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gate-load-"));
  const write = (name: string, value: object) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value));
    return file;
  };
  const candidate = write("pr.json", { accuracy: 0.9 });
  const base = write("base.json", { accuracy: 0.95 });
  const h1 = write("runs/2026-01.json", { accuracy: 0.8 });
  const h2 = write("runs/2026-02.json", { accuracy: 0.85 });

  it("reads candidate, baseline and history (oldest first, then the base)", async () => {
    const input = await loadGateInput(
      {
        metricsFile: candidate,
        baselineFile: base,
        history: [h1, h2],
        baselineFrom: "file",
        app: "x",
      },
      [],
      memoryLogger(),
    );
    expect(input.baseline?.label).toBe("base");
    expect(
      input.history.map((h) => [h.label, h.metrics.get("accuracy")]),
    ).toEqual([
      ["2026-01", 0.8],
      ["2026-02", 0.85],
      ["base", 0.95],
    ]);
  });

  it("says why there is no baseline", async () => {
    const input = await loadGateInput(
      { metricsFile: candidate, history: [], baselineFrom: "file", app: "x" },
      [],
      memoryLogger(),
    );
    expect(input.baseline).toBeUndefined();
    expect(input.noBaselineReason).toBe("no baseline-file was given");
  });

  it.each([
    [
      "a missing baseline file",
      { baselineFile: path.join(dir, "gone.json") },
      /metrics file ".*gone\.json" does not exist/,
    ],
    [
      "a broken history file",
      { history: [write("bad.json", { a: "x" })] },
      /bad\.json": key "a" must be a number/,
    ],
  ])("names %s", async (_name, extra, message) => {
    await expect(
      loadGateInput(
        {
          metricsFile: candidate,
          history: [],
          baselineFrom: "file",
          app: "x",
          ...extra,
        },
        [],
        memoryLogger(),
      ),
    ).rejects.toThrow(message);
  });

  it.each([
    [
      ["a/m.json", "b/n.json"],
      ["m", "n"],
    ],
    [
      ["a/metrics.json", "b/metrics.json"],
      ["a/metrics.json", "b/metrics.json"],
    ],
    [
      ["v1.JSON", "v2"],
      ["v1", "v2"],
    ],
  ])("labels %p as %p", (files, labels) => {
    expect(fileLabels(files)).toEqual(labels);
  });

  it.each([
    [undefined, "file"],
    ["file", "file"],
    ["registry", "registry"],
  ])("baseline-from %p → %p", (raw, expected) => {
    expect(parseBaselineFrom(raw)).toBe(expected);
  });

  it("rejects an unknown baseline-from", () => {
    expect(() => parseBaselineFrom("Registry")).toThrow(
      'input "baseline-from" must be "file" or "registry", got "Registry"',
    );
  });
});
