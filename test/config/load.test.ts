import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  configLookup,
  loadRepositoryConfig,
  MAX_CONFIG_BYTES,
} from "../../actions/lib/config/index.js";
import { ConfigurationError } from "../../actions/lib/errors.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "modelship-config-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function failure(options: Parameters<typeof loadRepositoryConfig>[0]) {
  const error = await loadRepositoryConfig(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return (error as Error).message;
}

describe("loadRepositoryConfig", () => {
  it("reads <cwd>/modelship.yml", async () => {
    writeFileSync(path.join(dir, "modelship.yml"), "app: iris\n");
    const loaded = await loadRepositoryConfig({ cwd: dir });
    expect(loaded).toEqual({
      file: path.join(dir, "modelship.yml"),
      config: { app: "iris" },
    });
  });

  it("treats a missing default file as an empty config", async () => {
    expect(await loadRepositoryConfig({ cwd: dir })).toEqual({ config: {} });
  });

  it("fails on an explicit file that is missing, naming it", async () => {
    expect(await failure({ cwd: dir, file: "conf/ship.yml" })).toBe(
      "config file conf/ship.yml cannot be read: does not exist",
    );
  });

  it("reads an explicit file relative to cwd and names it in errors", async () => {
    mkdirSync(path.join(dir, "conf"));
    writeFileSync(
      path.join(dir, "conf", "ship.yml"),
      "\nsmoke:\n  p95-ms: x\n",
    );
    expect(await failure({ cwd: dir, file: "conf/ship.yml" })).toBe(
      'conf/ship.yml:3: smoke.p95-ms must be a number, got "x"',
    );
  });

  it("refuses a directory", async () => {
    mkdirSync(path.join(dir, "modelship.yml"));
    expect(await failure({ cwd: dir })).toBe(
      "config file modelship.yml is not a file",
    );
  });

  it("refuses a file over the size cap without parsing it", async () => {
    const big = `# ${"x".repeat(MAX_CONFIG_BYTES)}\napp: iris\n`;
    writeFileSync(path.join(dir, "modelship.yml"), big);
    expect(await failure({ cwd: dir })).toBe(
      "config file modelship.yml is larger than 256 KiB",
    );
  });

  it("loads modelship's own modelship.yml", async () => {
    const { config } = await loadRepositoryConfig({ cwd: ROOT });
    const lookup = configLookup(config);
    expect(lookup("app")).toBe("modelship");
    expect(lookup("build.context")).toBe("example-app");
    expect(lookup("smoke.cases-file")).toBe("example-app/smoke-cases.json");
    expect(lookup("train.command")).toContain(
      '"$MODELSHIP_RUN_DIR/metrics.json"',
    );
    expect(lookup("gate.rules")?.split("\n")).toContain(
      "accuracy delta >= -0.02",
    );
  });
});

describe("configLookup", () => {
  it.each([
    ["app", { app: "iris" }, "iris"],
    ["train.command", { train: { command: "  make\n" } }, "make"],
    ["service.port", { service: { port: 9000 } }, "9000"],
    ["smoke.max-error-rate", { smoke: { "max-error-rate": 0.05 } }, "0.05"],
    ["smoke.check-logs", { smoke: { "check-logs": true } }, "true"],
    ["gate.rules", { gate: { rules: ["a >= 1", "b <= 2"] } }, "a >= 1\nb <= 2"],
    ["gate.rules", { gate: { rules: "a >= 1\nb <= 2\n" } }, "a >= 1\nb <= 2"],
    [
      "build.build-args",
      { build: { "build-args": { A: "1", B: "x=y" } } },
      "A=1\nB=x=y",
    ],
    ["smoke.requests", { smoke: {} }, undefined],
    ["deploy.kind", {}, undefined],
  ])("%s of %j is %j", (key, config, expected) => {
    expect(configLookup(config)(key)).toBe(expected);
  });

  it("throws on a key the schema does not define (a bug of ours)", () => {
    const lookup = configLookup({});
    expect(() => lookup("smoke.p95")).toThrow(
      '"smoke.p95" is not a key of modelship.yml',
    );
    expect(() => lookup("smoke.p95")).not.toThrow(ConfigurationError);
  });
});
