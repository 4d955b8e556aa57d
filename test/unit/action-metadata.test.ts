import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "../helpers/run-bundle.js";

// GitHub refuses an action whose action.yml does not parse; a colon in a plain description is
// enough. Each action must also run on node24 from its committed bundle.
const actions = readdirSync(path.join(ROOT, "actions")).filter((d) =>
  existsSync(path.join(ROOT, "actions", d, "action.yml")),
);

describe("action.yml files", () => {
  it("cover the six actions", () => {
    expect(actions).toEqual(
      expect.arrayContaining([
        "train",
        "accuracy-gate",
        "build-push",
        "deploy-stack",
        "smoke-test",
        "revert",
      ]),
    );
  });

  it.each([...actions.map((a) => `actions/${a}/action.yml`), "action.yml"])(
    "%s parses and runs a committed node24 bundle",
    (file) => {
      const action = parse(readFileSync(path.join(ROOT, file), "utf8")) as {
        name?: string;
        description?: string;
        inputs?: Record<string, { description?: string }>;
        runs: { using: string; main: string };
      };
      expect(action.name).toBeTruthy();
      expect(action.description).toBeTruthy();
      expect(action.runs.using).toBe("node24");
      expect(
        existsSync(path.join(ROOT, path.dirname(file), action.runs.main)),
      ).toBe(true);
      for (const [name, spec] of Object.entries(action.inputs ?? {})) {
        expect([name, typeof spec.description]).toEqual([name, "string"]);
      }
    },
  );
});

describe("committed bundles", () => {
  const bundles = readdirSync(path.join(ROOT, "actions")).filter((d) =>
    existsSync(path.join(ROOT, "actions", d, "dist", "index.js")),
  );

  it.each(bundles)(
    "actions/%s/dist holds only the bundle and the assets it loads, with no relocated asset paths",
    (name) => {
      const dist = path.join(ROOT, "actions", name, "dist");
      const bundle = readFileSync(path.join(dist, "index.js"), "utf8");
      // Files the code loads with `new URL("./x", import.meta.url)` (the dashboard's page) are
      // emitted next to the bundle under a content hash and named by the public path: any other
      // file in dist is a leftover or a copy nobody loads.
      const loaded = [...bundle.matchAll(/\.p\+"([0-9a-f]{20}\.\w+)"/g)].map(
        (match) => match[1],
      );
      expect(readdirSync(dist).sort()).toEqual(
        ["index.js", "package.json", ...loaded].sort(),
      );
      // ncc rewrites a path it thinks names a file into `__nccwpck_require__.ab + "..."` and copies
      // the file; that once turned the CLI's data directory into a path inside its bundle.
      expect(bundle).not.toMatch(/\.ab\+"/);
    },
  );
});
