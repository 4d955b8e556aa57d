import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../helpers/run-bundle.js";
import { actionMetadata } from "./load.js";

// The workflows pass as little as possible because every action reads modelship.yml itself, with
// an input beating the file and the file beating the built-in default. The runner always sends
// an action.yml default as if the user had typed it, so an input the file may set must default
// to empty, or the file would never win.

/** modelship.yml keys and the action inputs named after them (`modelship` = the root action). */
const FILE_KEYS: Record<string, string[]> = {
  app: [
    "accuracy-gate.app",
    "deploy-stack.app",
    "revert.app",
    "smoke-test.app",
    "modelship.app",
  ],
  "train.command": ["train.command", "modelship.train-command"],
  "train.working-directory": ["train.working-directory"],
  "train.metrics-file": ["train.metrics-file", "modelship.metrics-file"],
  "train.timeout-minutes": ["train.timeout-minutes"],
  "gate.rules": ["accuracy-gate.rules", "modelship.rules"],
  "build.context": ["build-push.context", "modelship.context"],
  "build.dockerfile": ["build-push.dockerfile", "modelship.dockerfile"],
  "build.build-args": ["build-push.build-args", "modelship.build-args"],
  "smoke.cases-file": ["smoke-test.cases-file", "modelship.cases-file"],
  "smoke.requests": ["smoke-test.requests", "modelship.requests"],
  "smoke.concurrency": ["smoke-test.concurrency", "modelship.concurrency"],
  "smoke.p95-ms": ["smoke-test.p95-ms", "modelship.p95-ms"],
  "smoke.max-error-rate": [
    "smoke-test.max-error-rate",
    "modelship.max-error-rate",
  ],
  "deploy.kind": ["deploy-stack.kind", "smoke-test.kind", "modelship.kind"],
  "deploy.canary-weight": [
    "deploy-stack.canary-weight",
    "modelship.canary-weight",
  ],
  "deploy.timeout-minutes": [
    "deploy-stack.timeout-minutes",
    "modelship.timeout-minutes",
  ],
  "deploy.parameters": ["deploy-stack.parameters", "modelship.parameters"],
  "deploy.shared-parameters": [
    "deploy-stack.shared-parameters",
    "modelship.shared-parameters",
  ],
};

const fileOf = (action: string) =>
  action === "modelship" ? "action.yml" : `actions/${action}/action.yml`;

const actions = [
  "modelship",
  ...readdirSync(path.join(ROOT, "actions")).filter((name) =>
    existsSync(path.join(ROOT, fileOf(name))),
  ),
];

describe("action inputs and modelship.yml", () => {
  it.each(
    Object.entries(FILE_KEYS).flatMap(([key, inputs]) =>
      inputs.map((input) => ({ key, input })),
    ),
  )(
    "$input defaults to empty, so modelship.yml's $key can win",
    ({ key, input }) => {
      const [action = "", name = ""] = input.split(".");
      const spec = actionMetadata(fileOf(action)).inputs?.[name];
      expect(spec).toMatchObject({ default: "" });
      expect(spec?.required ?? false).toBe(false);
      expect(String((spec as { description?: string }).description)).toContain(
        `\`${key}\``,
      );
    },
  );

  it.each(actions)(
    "%s takes the path of modelship.yml as input `config`",
    (action) => {
      expect(actionMetadata(fileOf(action)).inputs?.config).toMatchObject({
        required: false,
        default: "",
      });
    },
  );

  it("the config action tells workflows what they need before the other steps", () => {
    const { outputs = {} } = actionMetadata("actions/config/action.yml");
    expect(Object.keys(outputs).sort()).toEqual([
      "app",
      "aws-region",
      "deploy-kind",
      "environments",
      "first-environment",
      "json",
      "promotions",
    ]);
  });

  it("revert can treat a version that exists nowhere as done, for the automatic revert", () => {
    expect(
      actionMetadata(fileOf("revert")).inputs?.["missing-ok"],
    ).toMatchObject({
      required: false,
      default: "false",
    });
  });

  it("accuracy-gate updates only its own bot's comment", () => {
    expect(
      actionMetadata(fileOf("accuracy-gate")).inputs?.["comment-author"],
    ).toMatchObject({
      default: "github-actions[bot]",
    });
  });
});
