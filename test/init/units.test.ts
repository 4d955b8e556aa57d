import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  locateModelship,
  majorTag,
  parseOwner,
  parseRepositoryField,
  pointUsesAt,
  usesValues,
} from "../../actions/lib/init/index.js";
import {
  appNameFrom,
  exposedPort,
  originOnGitHub,
} from "../../actions/lib/init/detect.js";
import { parseAppName } from "../../actions/lib/version.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ACME = { owner: "acme", repo: "modelship", ref: "v1" };

describe("pointUsesAt", () => {
  it.each([
    [
      "an action",
      "      uses: modelship-dev/modelship/actions/train@v1",
      "      uses: acme/modelship/actions/train@v1",
    ],
    [
      "a step's first key",
      "  - uses: modelship-dev/modelship/actions/revert@v1",
      "  - uses: acme/modelship/actions/revert@v1",
    ],
    [
      "the root action",
      "  - uses: modelship-dev/modelship@v1",
      "  - uses: acme/modelship@v1",
    ],
    [
      "a reusable workflow",
      "    uses: modelship-dev/modelship/.github/workflows/x.yml@v1",
      "    uses: acme/modelship/.github/workflows/x.yml@v1",
    ],
    [
      "a quoted value",
      '  - uses: "modelship-dev/modelship/actions/train@v1"',
      '  - uses: "acme/modelship/actions/train@v1"',
    ],
    [
      "a commented-out optional step",
      "      #   uses: modelship-dev/modelship/actions/ab-test@v1",
      "      #   uses: acme/modelship/actions/ab-test@v1",
    ],
    [
      "a trailing comment",
      "  - uses: modelship-dev/modelship/actions/train@v1 # pinned",
      "  - uses: acme/modelship/actions/train@v1 # pinned",
    ],
  ])("rewrites %s", (_name, line, expected) => {
    expect(pointUsesAt(line, ACME)).toBe(expected);
  });

  it.each([
    ["another owner", "  - uses: someone/modelship/actions/train@v1"],
    ["another major", "  - uses: modelship-dev/modelship/actions/train@v10"],
    ["a comment", "# see modelship-dev/modelship@v1"],
    ["a run script", "  - run: echo modelship-dev/modelship/actions/train@v1"],
    [
      "a longer owner",
      "  - uses: modelship-dev/modelship-extra/actions/train@v1",
    ],
  ])("leaves %s alone", (_name, line) => {
    expect(pointUsesAt(line, ACME)).toBe(line);
  });

  it("uses the ref and repository it is given", () => {
    const line = "  - uses: modelship-dev/modelship/actions/train@v1";
    expect(
      pointUsesAt(line, { owner: "corp", repo: "ml-ship", ref: "v2" }),
    ).toBe("  - uses: corp/ml-ship/actions/train@v2");
  });

  it("lists uses values", () => {
    expect(
      usesValues(
        'steps:\n  - uses: a/b@v1\n    with: {}\n  - uses: "c/d@v2" # x\n',
      ),
    ).toEqual(["a/b@v1", "c/d@v2"]);
  });
});

describe("package.json facts", () => {
  it.each([
    [
      {
        type: "git",
        url: "git+https://github.com/modelship-dev/modelship.git",
      },
      "modelship-dev",
      "modelship",
    ],
    ["github:acme/ml-ship", "acme", "ml-ship"],
    ["acme/modelship", "acme", "modelship"],
    ["https://github.com/acme/modelship", "acme", "modelship"],
    ["git@github.com:acme/modelship.git", "acme", "modelship"],
  ])("reads the owner of %j", (field, owner, repo) => {
    expect(parseRepositoryField(field)).toEqual({ owner, repo });
  });

  it.each([undefined, 42, { url: "https://gitlab.com/a/b/c" }, "not a url"])(
    "refuses %j, pointing at --owner",
    (field) => {
      expect(() => parseRepositoryField(field)).toThrow(/pass --owner OWNER/);
    },
  );

  it.each([
    ["1.0.0", "v1"],
    ["1.4.2", "v1"],
    ["12.0.1-beta.3", "v12"],
    ["v2.0.0", "v2"],
  ])("the major tag of %s is %s", (version, tag) => {
    expect(majorTag(version)).toBe(tag);
  });

  it("refuses a version that is not semantic", () => {
    expect(() => majorTag("latest")).toThrow(ConfigurationError);
  });

  it.each(["acme", "a", "my-org-2", "A".repeat(39)])(
    "accepts owner %s",
    (owner) => {
      expect(parseOwner(owner)).toBe(owner);
    },
  );

  it.each(["", "bad owner", "-acme", "acme-", "a/b", "A".repeat(40)])(
    "refuses owner %j",
    (owner) => {
      expect(() => parseOwner(owner)).toThrow(ConfigurationError);
    },
  );

  it("finds this checkout from the CLI's folder: 1.0.0, published as modelship-dev/modelship@v1", () => {
    const found = locateModelship(path.join(ROOT, "actions", "cli", "dist"));
    expect(found).toEqual({
      root: ROOT,
      version: "1.0.0",
      source: { owner: "modelship-dev", repo: "modelship", ref: "v1" },
    });
  });

  it("skips a package.json of another name on the way up", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "locate-"));
    try {
      mkdirSync(path.join(dir, "workflows"));
      mkdirSync(path.join(dir, "actions", "cli", "dist"), { recursive: true });
      writeFileSync(
        path.join(dir, "actions", "cli", "dist", "package.json"),
        '{"type":"module"}',
      );
      writeFileSync(
        path.join(dir, "package.json"),
        JSON.stringify({
          name: "modelship",
          version: "2.1.0",
          repository: "github:corp/modelship",
        }),
      );
      expect(
        locateModelship(path.join(dir, "actions", "cli", "dist")).source,
      ).toEqual({
        owner: "corp",
        repo: "modelship",
        ref: "v2",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("detection helpers", () => {
  it.each([
    ["iris-service", "iris-service"],
    ["My_Model.v2", "my-model-v2"],
    ["2024-models", "models"],
    ["___", "model"],
    ["python-model-Ab3xYz", "python-model-ab3xyz"],
    ["a".repeat(40), "a".repeat(32)],
    ["abc-".repeat(10), "abc-abc-abc-abc-abc-abc-abc-abc"],
  ])("app name from %j is %j, which parseAppName accepts", (dir, app) => {
    expect(appNameFrom(dir)).toBe(app);
    expect(parseAppName(appNameFrom(dir))).toBe(app);
  });

  it.each([
    ["EXPOSE 8080", 8080],
    ["FROM x\n  expose 5000/tcp 9090\n", 5000],
    ["EXPOSE $PORT", undefined],
    ["EXPOSE 99999", undefined],
    ["# EXPOSE 80", undefined],
    ["FROM python", undefined],
  ])("the port of %j is %j", (text, port) => {
    expect(exposedPort(text)).toBe(port);
  });

  it.each([
    [
      '[remote "origin"]\n\turl = git@github.com:acme/iris.git\n',
      { owner: "acme", repo: "iris" },
    ],
    [
      '[remote "origin"]\n\turl = https://github.com/acme/iris\n\tfetch = x\n',
      { owner: "acme", repo: "iris" },
    ],
    [
      '[remote "upstream"]\n\turl = https://github.com/x/y\n[remote "origin"]\n\turl = https://gitlab.com/a/b\n',
      undefined,
    ],
    ["[core]\n\tbare = false\n", undefined],
  ])("origin of %j", (config, expected) => {
    expect(originOnGitHub(config)).toEqual(expected);
  });
});
