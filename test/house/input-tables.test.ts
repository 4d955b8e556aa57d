import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { AB_ACTION_INPUTS } from "../../actions/lib/ab/inputs.js";
import { CONFIG_ACTION_INPUTS } from "../../actions/lib/config/summary.js";
import { DEPLOY_INPUTS } from "../../actions/lib/deploy/inputs.js";
import { GATE_INPUTS } from "../../actions/lib/gate/inputs.js";
import { BUILD_PUSH_INPUTS } from "../../actions/lib/image/inputs.js";
import type { InputTable } from "../../actions/lib/input-table.js";
import { PIPELINE_INPUTS } from "../../actions/lib/pipeline/inputs.js";
import { PROMOTE_ACTION_INPUTS } from "../../actions/lib/promote/inputs.js";
import { REVERT_INPUTS } from "../../actions/lib/revert/inputs.js";
import { SMOKE_INPUTS } from "../../actions/lib/smoke/options.js";
import { TRAIN_INPUTS } from "../../actions/lib/train/inputs.js";
import { ROOT } from "../helpers/run-bundle.js";

// Each action's input table is the one source of its names, required flags and defaults; its
// action.yml must agree. An input modelship.yml may set has an empty default in action.yml (the
// runner always passes action.yml defaults, which would beat the file) and a description that
// names the built-in default.

interface DeclaredInput {
  description?: string;
  required?: boolean;
  default?: string;
}

const TABLES: [string, InputTable][] = [
  ["actions/train/action.yml", TRAIN_INPUTS],
  ["actions/accuracy-gate/action.yml", GATE_INPUTS],
  ["actions/build-push/action.yml", BUILD_PUSH_INPUTS],
  ["actions/deploy-stack/action.yml", DEPLOY_INPUTS],
  ["actions/smoke-test/action.yml", SMOKE_INPUTS],
  ["actions/revert/action.yml", REVERT_INPUTS],
  ["action.yml", PIPELINE_INPUTS],
  ["actions/config/action.yml", CONFIG_ACTION_INPUTS],
  ["actions/ab-test/action.yml", AB_ACTION_INPUTS],
  ["actions/promote/action.yml", PROMOTE_ACTION_INPUTS],
];

function declared(file: string): Record<string, DeclaredInput> {
  const action = parse(readFileSync(path.join(ROOT, file), "utf8")) as {
    inputs?: Record<string, DeclaredInput>;
  };
  return action.inputs ?? {};
}

describe.each(TABLES)("%s and its input table", (file, table) => {
  const inputs = declared(file);

  it("declare the same inputs", () => {
    expect(Object.keys(inputs).sort()).toEqual(
      table.map((spec) => spec.name).sort(),
    );
  });

  it.each(table.map((spec) => [spec.name, spec] as const))(
    "%s: required and default agree",
    (name, spec) => {
      const input = inputs[name] ?? {};
      // Required in action.yml only when nothing else can give it.
      expect([name, input.required === true]).toEqual([
        name,
        spec.required === true && spec.config === undefined,
      ]);
      const expected = spec.config
        ? ""
        : (spec.runnerDefault ?? spec.default ?? "");
      expect([name, input.default ?? ""]).toEqual([name, expected]);
    },
  );

  it("names the built-in default and the modelship.yml key in each settable input's description", () => {
    for (const spec of table.filter((s) => s.config && s.default)) {
      const description = inputs[spec.name]?.description ?? "";
      expect([spec.name, description]).toEqual([
        spec.name,
        expect.stringContaining(String(spec.default)),
      ]);
      expect([spec.name, description]).toEqual([
        spec.name,
        expect.stringContaining(String(spec.config)),
      ]);
    }
  });
});
