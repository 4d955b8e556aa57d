/**
 * Suites that need software from outside npm (podman, docker-registry, scikit-learn, ...). CI
 * installs it, so there a missing tool is a failing test that says what to install; elsewhere
 * the suite is skipped, with a line saying why.
 */

/** What a suite needs and lacks, and how to install it. */
export interface Requirement {
  /** What is missing (empty: everything is installed). */
  missing: string[];
  /** The command that installs it. */
  install: string;
}

/** Whether `CI` is set as CI services set it (GitHub: "true"). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? "").toLowerCase();
  return value !== "" && value !== "false" && value !== "0";
}

/** Run the suite, skip it (missing, not CI), or fail (missing on CI). */
export function requirementOutcome(
  requirement: Requirement,
  ci: boolean,
): "run" | "skip" | "fail" {
  if (requirement.missing.length === 0) return "run";
  return ci ? "fail" : "skip";
}

/** What a suite lacking `requirement` says, e.g. "missing podman (apt-get install -y podman)". */
export function missingMessage(requirement: Requirement): string {
  return `missing ${requirement.missing.join(", ")} (${requirement.install})`;
}

/** `describe` when `requirement` is met; otherwise see the module comment. */
export function describeIfInstalled(
  name: string,
  requirement: Requirement,
  fn: () => void,
): void {
  const outcome = requirementOutcome(requirement, isCi());
  if (outcome === "run") {
    describe(name, fn);
    return;
  }
  const message = missingMessage(requirement);
  if (outcome === "fail") {
    describe(name, () => {
      it("has the tools CI installs", () => {
        throw new Error(`CI is set but this suite is ${message}`);
      });
    });
    return;
  }
  process.stderr.write(`SKIPPED "${name}": ${message}\n`);
  describe.skip(name, fn);
}
