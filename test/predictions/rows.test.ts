import {
  copyJson,
  copyText,
  encodeRows,
  type PredictionRow,
} from "../../actions/lib/predictions/rows.js";

const at = new Date("2026-11-21T10:00:00.000Z");
const base: PredictionRow = {
  requestId: "r1",
  item: 0,
  receivedAt: at,
  features: { x: 1.5 },
  predictedAt: at,
  modelVersion: "v1",
  latencyMs: 0.25,
};

describe("COPY text encoding", () => {
  it.each([
    ["plain", "abc", "abc"],
    ["tab, newline, CR", "a\tb\nc\rd", "a\\tb\\nc\\rd"],
    ["backslash", "a\\b", "a\\\\b"],
    ["NUL, which Postgres text cannot hold", "a\0b", "a\uFFFDb"],
  ])("escapes text: %s", (_name, input, expected) => {
    expect(copyText(input)).toBe(expected);
  });

  it.each([
    ["undefined", undefined, "\\N"],
    ["null", null, "\\N"],
    ["a number", 2.5, "2.5"],
    ["an object", { a: [1, "x"] }, '{"a":[1,"x"]}'],
    [
      "a quote (JSON escapes it with a backslash)",
      'say "hi"',
      '"say \\\\"hi\\\\""',
    ],
    ["a newline inside a string", "a\nb", '"a\\\\nb"'],
    ["a \\u0000 escape (jsonb refuses it)", "a\0b", '"a\\\\ufffdb"'],
    ["a literal backslash-u0000 text", "a\\u0000", '"a\\\\\\\\u0000"'],
  ])("encodes JSON: %s", (_name, input, expected) => {
    expect(copyJson(input)).toBe(expected);
  });

  it("writes one line per row and table, NULL for the columns a model does not use", () => {
    const text = encodeRows([
      { ...base, label: "setosa", probabilities: { setosa: 1 } },
      { ...base, item: 1, value: 3.25 },
      { ...base, item: 2, output: { boxes: [[1, 2]] } },
    ]);
    const t = at.toISOString();
    expect(text.inputs.split("\n")).toEqual([
      `r1\t0\t${t}\t{"x":1.5}`,
      `r1\t1\t${t}\t{"x":1.5}`,
      `r1\t2\t${t}\t{"x":1.5}`,
      "",
    ]);
    expect(text.outputs.split("\n")).toEqual([
      `r1\t0\t${t}\tv1\tsetosa\t{"setosa":1}\t\\N\t\\N\t0.25`,
      `r1\t1\t${t}\tv1\t\\N\t\\N\t3.25\t\\N\t0.25`,
      `r1\t2\t${t}\tv1\t\\N\t\\N\t\\N\t{"boxes":[[1,2]]}\t0.25`,
      "",
    ]);
  });

  it("refuses a fractional item index", () => {
    expect(() => encodeRows([{ ...base, item: 0.5 }])).toThrow(/integer/);
  });
});
