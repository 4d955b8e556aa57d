import { readFileSync } from "node:fs";
import { parseTemplate } from "../../actions/lib/deploy/cfn-yaml.js";
import {
  GOAL_SECONDS,
  renderTimeToServe,
  timeToServe,
  totals,
  versionSettings,
  withTimeToServe,
} from "../../.ci/cfn/time-to-serve.js";
import { loadTemplate, mutate, readTemplateText } from "./templates.js";

const VERSION = loadTemplate("version.yml");

describe("time to serve, on paper", () => {
  it("reads its settings from version.yml", () => {
    expect(versionSettings(VERSION)).toEqual({
      healthCheckIntervalSeconds: 5,
      healthyThresholdCount: 2,
      healthCheckGracePeriodSeconds: 60,
      deregistrationDelaySeconds: 15,
    });
  });

  it("follows the template when a setting changes", () => {
    const slower = parseTemplate(
      mutate(
        readTemplateText("version.yml"),
        "HealthyThresholdCount: 2",
        "HealthyThresholdCount: 5",
      ),
    ).value;
    expect(
      totals(timeToServe(slower)).template -
        totals(timeToServe(VERSION)).template,
    ).toBe(15);
  });

  it(`stays under the goal of ${GOAL_SECONDS} s, where ECS's and the load balancer's defaults do not`, () => {
    const total = totals(timeToServe(VERSION));
    expect(total.template).toBeLessThan(GOAL_SECONDS);
    expect(total.defaults).toBeGreaterThan(GOAL_SECONDS);
  });

  it("is the table the README shows (run npx tsx .ci/time-to-serve.ts --write)", () => {
    const readme = readFileSync(
      new URL("../../README.md", import.meta.url),
      "utf8",
    );
    expect(withTimeToServe(readme, renderTimeToServe(VERSION))).toBe(readme);
  });
});
