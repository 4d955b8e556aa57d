// `modelship init` end to end in a fresh git repository holding the Python fixture: what it writes,
// that a second run changes nothing, that it never overwrites without --force, and that what it
// writes is valid.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { initCommand, type InitArgs } from "../../actions/cli/init.js";
import {
  configLookup,
  loadRepositoryConfig,
} from "../../actions/lib/config/index.js";
import {
  PLACEHOLDER_REPOSITORY,
  TRAIN_PLACEHOLDER,
  renderSmokeCases,
  usesValues,
  type ModelshipInstall,
} from "../../actions/lib/init/index.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { copyPythonFixture } from "../helpers/python-fixture.js";

const INSTALL: ModelshipInstall = {
  root: path.join(import.meta.dirname, "fixture-install"),
  version: "1.4.2",
  source: { owner: "modelship-dev", repo: "modelship", ref: "v1" },
};
const WORKFLOWS = [
  ".github/workflows/deploy.yml",
  ".github/workflows/revert.yml",
];
let repo: { dir: string; remove(): void };

function git(dir: string, ...args: string[]): void {
  const result = spawnSync("git", ["-C", dir, ...args], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
}

async function init(options: Partial<InitArgs> = {}) {
  const logger = memoryLogger();
  const code = await initCommand(
    { dir: repo.dir, force: false, ...options },
    logger,
    {
      install: INSTALL,
    },
  );
  const actions = Object.fromEntries(
    logger.entries
      .map((e) =>
        /^ {2}(created|unchanged|differs|overwritten)\s+(\S+)/.exec(e.message),
      )
      .filter((m) => m !== null)
      .map((m) => [m[2], m[1]]),
  );
  return { code, actions, text: logger.text(), logger };
}

const read = (file: string) => readFileSync(path.join(repo.dir, file), "utf8");

beforeEach(() => {
  // A repository before modelship: the fixture without its modelship.yml and smoke cases.
  repo = copyPythonFixture({ without: ["modelship.yml", "smoke-cases.json"] });
  git(repo.dir, "init", "-q");
  git(
    repo.dir,
    "remote",
    "add",
    "origin",
    "git@github.com:acme/iris-service.git",
  );
});
afterEach(() => repo.remove());

describe("modelship init in a fresh Python repository", () => {
  it("writes modelship.yml, a smoke-cases template and the workflows", async () => {
    const { code, actions } = await init({ owner: "acme" });
    expect(code).toBe(0);
    expect(actions).toEqual({
      "modelship.yml": "created",
      "smoke-cases.json": "created",
      ".github/workflows/deploy.yml": "created",
      ".github/workflows/revert.yml": "created",
    });
    expect(
      readdirSync(path.join(repo.dir, ".github", "workflows")).sort(),
    ).toEqual(["deploy.yml", "revert.yml"]);
    expect(read("smoke-cases.json")).toBe(renderSmokeCases());
  });

  it("writes a modelship.yml our loader accepts, with what it detected", async () => {
    await init({ owner: "acme" });
    const { config } = await loadRepositoryConfig({ cwd: repo.dir });
    const lookup = configLookup(config);
    expect(lookup("app")).toBe("iris-service");
    expect(lookup("train.command")).toBe("python3 train.py");
    expect(lookup("service.start")).toBe("python3 server.py");
    expect(lookup("service.port")).toBe("8080");
    expect(lookup("smoke.check-logs")).toBeUndefined();
    expect(lookup("smoke.cases-file")).toBeUndefined();
    expect(lookup("gate.rules")).toContain("delta");
    expect(read("modelship.yml").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/modelship/v1/actions/lib/config/modelship.schema.json",
    );
  });

  it("points every modelship uses: line at the owner, and nothing else", async () => {
    await init({ owner: "acme" });
    const uses = WORKFLOWS.flatMap((file) => usesValues(read(file)));
    expect(uses).toEqual([
      "actions/checkout@v4",
      "acme/modelship/actions/train@v1",
      "acme/modelship/actions/accuracy-gate@v1",
      "acme/modelship@v1",
      "someone-else/modelship/actions/train@v1",
      "modelship-dev/modelship/actions/train@v10",
      "acme/modelship/.github/workflows/revert-core.yml@v1",
    ]);
    expect(
      uses.filter(
        (u) => u.startsWith(`${PLACEHOLDER_REPOSITORY}/`) && u.endsWith("@v1"),
      ),
    ).toEqual([]);
    expect(read(WORKFLOWS[0]!)).toContain(
      "# modelship-dev/modelship@v1 in a comment stays as it is.",
    );
  });

  it("defaults the owner to modelship's own repository", async () => {
    await init();
    expect(usesValues(read(WORKFLOWS[1]!))).toEqual([
      "modelship-dev/modelship/.github/workflows/revert-core.yml@v1",
    ]);
  });

  it("changes nothing on a second run", async () => {
    await init({ owner: "acme" });
    const { actions, text } = await init({ owner: "acme" });
    expect(new Set(Object.values(actions))).toEqual(new Set(["unchanged"]));
    expect(Object.keys(actions)).toHaveLength(4);
    expect(text).not.toContain("--force");
  });

  it("leaves a changed file alone, shows the diff, and still exits 0", async () => {
    await init({ owner: "acme" });
    const edited = read("modelship.yml").replace(
      "app: iris-service",
      "app: iris",
    );
    writeFileSync(path.join(repo.dir, "modelship.yml"), edited);
    const { code, actions, text } = await init({ owner: "acme" });
    expect(code).toBe(0);
    expect(actions["modelship.yml"]).toBe("differs");
    expect(read("modelship.yml")).toBe(edited);
    expect(text).toContain(
      "--- modelship.yml (yours)\n+++ modelship.yml (modelship init)",
    );
    expect(text).toContain("-app: iris\n+app: iris-service");
    expect(text).toContain(
      "1 file(s) differ from what init would write and were left alone; rerun with --force to overwrite them.",
    );
  });

  it("overwrites a changed file with --force", async () => {
    await init({ owner: "acme" });
    const original = read(WORKFLOWS[0]!);
    writeFileSync(path.join(repo.dir, WORKFLOWS[0]!), "name: mine\n");
    const { actions } = await init({ owner: "acme", force: true });
    expect(actions[WORKFLOWS[0]!]).toBe("overwritten");
    expect(read(WORKFLOWS[0]!)).toBe(original);
    expect((await init({ owner: "acme" })).actions[WORKFLOWS[0]!]).toBe(
      "unchanged",
    );
  });

  it("never writes through a symlink, even with --force", async () => {
    const outside = path.join(
      repo.dir,
      "..",
      `${path.basename(repo.dir)}-outside.yml`,
    );
    writeFileSync(outside, "mine\n");
    try {
      symlinkSync(outside, path.join(repo.dir, "modelship.yml"));
      const { actions, text } = await init({ force: true });
      expect(actions["modelship.yml"]).toBe("differs");
      expect(text).toContain("modelship.yml (not a regular file; left alone)");
      expect(readFileSync(outside, "utf8")).toBe("mine\n");
    } finally {
      rmSync(outside, { force: true });
    }
  });

  it("writes only modelship.yml and the cases template with --config-only", async () => {
    const { actions } = await init({ configOnly: true });
    expect(Object.keys(actions)).toEqual(["modelship.yml", "smoke-cases.json"]);
    expect(existsSync(path.join(repo.dir, ".github"))).toBe(false);
  });

  it("prints the OIDC subject for the production environment and what to set", async () => {
    const { text } = await init({ owner: "acme" });
    expect(text).toContain("EnvironmentName=production");
    expect(text).toContain("EnvironmentName=staging),");
    expect(text).toContain("GitHubOrg=acme GitHubRepo=iris-service");
    expect(text).toContain("repo:acme/iris-service:environment:production");
    expect(text).toContain("variable MODELSHIP_ROLE_ARN");
    expect(text).toContain("secret   MODELSHIP_DATABASE_URL");
    expect(text).toContain("deploy.shared-parameters");
  });
});

describe("modelship init elsewhere", () => {
  it("keeps a repository's own smoke cases and its own modelship.yml", async () => {
    writeFileSync(path.join(repo.dir, "smoke-cases.json"), "[]\n");
    writeFileSync(path.join(repo.dir, "modelship.yml"), "app: mine\n");
    const { code, actions } = await init();
    expect(code).toBe(0);
    expect(actions["smoke-cases.json"]).toBeUndefined();
    expect(actions["modelship.yml"]).toBe("differs");
    expect(read("smoke-cases.json")).toBe("[]\n");
    expect(read("modelship.yml")).toBe("app: mine\n");
  });

  it("uses the cases once they are the repository's own", async () => {
    await init();
    writeFileSync(path.join(repo.dir, "smoke-cases.json"), "[]\n");
    rmSync(path.join(repo.dir, "modelship.yml"));
    await init();
    const { config } = await loadRepositoryConfig({ cwd: repo.dir });
    expect(configLookup(config)("smoke.cases-file")).toBe("smoke-cases.json");
  });

  it("guesses npm scripts in a Node repository", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "node-model-"));
    try {
      writeFileSync(
        path.join(dir, "package.json"),
        JSON.stringify({ scripts: { train: "x", start: "y" } }),
      );
      repo = { dir, remove: () => undefined };
      const { text } = await init();
      const lookup = configLookup(
        (await loadRepositoryConfig({ cwd: dir })).config,
      );
      expect([lookup("train.command"), lookup("service.start")]).toEqual([
        "npm run train",
        "npm start",
      ]);
      expect(text).toContain(
        "is not a git repository; writing the files anyway",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves a TODO and a train command that fails saying what to do when it cannot guess", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "empty-"));
    try {
      mkdirSync(path.join(dir, ".git"));
      repo = { dir, remove: () => undefined };
      await init();
      const text = readFileSync(path.join(dir, "modelship.yml"), "utf8");
      expect(text).toContain("# TODO: init found no train script.");
      expect(text).toContain("# TODO: init found no server to start");
      expect(text).toContain("# TODO: init found no Dockerfile");
      const lookup = configLookup(
        (await loadRepositoryConfig({ cwd: dir })).config,
      );
      expect(lookup("train.command")).toBe(TRAIN_PLACEHOLDER);
      const run = spawnSync("bash", ["-c", TRAIN_PLACEHOLDER], {
        encoding: "utf8",
      });
      expect([run.status, run.stderr.trim()]).toEqual([
        1,
        "modelship.yml: set train.command to the command that trains your model",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a --dir that is not a directory", async () => {
    repo = {
      dir: path.join(tmpdir(), "does-not-exist-init"),
      remove: () => undefined,
    };
    await expect(init()).rejects.toThrow("is not a directory");
  });
});
