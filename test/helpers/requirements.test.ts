import { isCi, missingMessage, requirementOutcome } from "./requirements.js";

describe("suites that need tools from outside npm", () => {
  const podman = { missing: ["podman"], install: "apt-get install -y podman" };

  it.each([
    [[], false, "run"],
    [[], true, "run"],
    [["podman"], false, "skip"],
    [["podman"], true, "fail"],
  ] as const)("missing %j with CI=%s: %s", (missing, ci, outcome) => {
    expect(requirementOutcome({ ...podman, missing: [...missing] }, ci)).toBe(
      outcome,
    );
  });

  it.each([
    [undefined, false],
    ["", false],
    ["false", false],
    ["0", false],
    ["true", true],
    ["1", true],
  ])("CI=%j counts as set: %s", (value, expected) => {
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(expected);
  });

  it("says what is missing and how to install it", () => {
    expect(missingMessage(podman)).toBe(
      "missing podman (apt-get install -y podman)",
    );
  });
});
