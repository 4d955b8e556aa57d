/**
 * deploy-stack's and revert's `environment` input, layered as the actions read it: the input,
 * else the first environment of modelship.yml, else production; the chosen environment's
 * overrides apply and the versions are named in it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { layeredInputs } from "../../actions/lib/config/inputs.js";
import {
  DEPLOY_INPUTS,
  readDeployInputs,
} from "../../actions/lib/deploy/inputs.js";
import { mapInputs } from "../../actions/lib/inputs.js";
import {
  readRevertInputs,
  REVERT_INPUTS,
} from "../../actions/lib/revert/inputs.js";
import { ROOT } from "../helpers/run-bundle.js";

const CONFIG = `
app: iris
deploy:
  keep-versions: 5
environments:
  staging:
    deploy:
      keep-versions: 2
  production: {}
`;

describe("the environment input of deploy-stack and revert", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "modelship-aws-env-"));
    writeFileSync(path.join(dir, "modelship.yml"), CONFIG);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const deployIn = (cwd: string, given: Record<string, string>) =>
    readDeployInputs(
      layeredInputs(
        DEPLOY_INPUTS,
        mapInputs({ version: "1.2", image: "repo:1.2", ...given }),
        cwd,
      ),
      {
        actionDir: path.join(ROOT, "actions/deploy-stack/dist"),
        workspace: cwd,
      },
    );

  it.each([
    ["empty: the first environment", {}, "staging", 2],
    ["given", { environment: "production" }, "production", 5],
    ["given staging", { environment: "staging" }, "staging", 2],
  ])("deploy-stack, %s", (_name, given, environment, keep) => {
    const request = deployIn(dir, given);
    expect(request.app).toBe("iris");
    expect(request.names.environment).toBe(environment);
    expect(request.keepVersions).toBe(keep);
  });

  it("deploy-stack without modelship.yml deploys to production, as before environments", () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), "modelship-aws-env-"));
    try {
      expect(deployIn(empty, { app: "iris" }).names.environment).toBe(
        "production",
      );
      expect(() => deployIn(empty, { environment: "staging" })).toThrow(
        /"staging" is not an environment of modelship.yml/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("refuses an environment modelship.yml does not declare", () => {
    expect(() => deployIn(dir, { environment: "dev" })).toThrow(
      /environment "dev" is not an environment of modelship.yml \(environments: staging, production\)/,
    );
  });

  it("revert names the version and to-version in the environment chosen", () => {
    const read = layeredInputs(
      REVERT_INPUTS,
      mapInputs({ version: "a", "to-version": "b" }),
      dir,
    );
    const inputs = readRevertInputs(read);
    expect(inputs.version.environment).toBe("staging");
    expect(inputs.toVersion?.environment).toBe("staging");
    expect(inputs.version.tables.archiveSchema).toBe(
      "predictions_archive__staging",
    );
  });

  it("revert reads the CLI's --env when told to", () => {
    const inputs = readRevertInputs(
      mapInputs({ version: "a", app: "iris", env: "staging" }),
      "env",
    );
    expect(inputs.version.environment).toBe("staging");
  });
});
