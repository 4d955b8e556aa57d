/**
 * The expected time from deploy-stack's start to a new version serving, on paper: the settings
 * that decide it are read from version.yml itself and set next to ECS's and the load balancer's
 * defaults, so the README's table cannot drift from the template. Steps no template setting
 * decides are estimates, marked as such; nothing here was measured on AWS.
 */
import type { CfnValue } from "../../actions/lib/deploy/cfn-yaml.js";
import { DEFAULT_POLL_MS } from "../../actions/lib/aws/stack-wait.js";
import { evaluateTemplate, isObject } from "./evaluate.js";

/** The load balancer's and ECS's defaults for the settings the template sets. */
export const AWS_DEFAULTS = {
  healthCheckIntervalSeconds: 30,
  healthyThresholdCount: 5,
  healthCheckGracePeriodSeconds: 0,
  deregistrationDelaySeconds: 300,
};

/** Steps no template setting decides (seconds); estimates from AWS's documented behaviour. */
export const ESTIMATES = {
  changeSet: 10,
  fargateStart: 45,
  modelReady: 5,
  ecsDeploymentComplete: 15,
  otherResources: 10,
  autoscaling: 15,
};

/** One row of the table: seconds with this template and with the defaults. */
export interface TimeRow {
  step: string;
  template: number;
  templateHow: string;
  defaults: number;
  defaultsHow: string;
  /** On the path from start to serving (counted in the total). */
  onPath: boolean;
}

/** The goal: a new version serving within two minutes, the image already in ECR. */
export const GOAL_SECONDS = 120;

/** The settings of version.yml that decide the time, as deployed with default parameters. */
export function versionSettings(template: CfnValue) {
  const { resources } = evaluateTemplate(template, {
    parameters: { AppName: "app", ModelVersion: "1", VersionSlug: "1" },
    pseudo: {
      "AWS::Region": "us-east-1",
      "AWS::Partition": "aws",
      "AWS::AccountId": "123456789012",
    },
  });
  const group = resources.TargetGroup?.Properties ?? {};
  const service = resources.Service?.Properties ?? {};
  const attributes = Array.isArray(group.TargetGroupAttributes)
    ? group.TargetGroupAttributes
    : [];
  const delay = attributes
    .filter(isObject)
    .find((a) => a.Key === "deregistration_delay.timeout_seconds")?.Value;
  const number = (value: CfnValue | undefined, what: string) => {
    const n = Number(value);
    if (!Number.isFinite(n))
      throw new Error(
        `version.yml: ${what} is not a number (${JSON.stringify(value)})`,
      );
    return n;
  };
  return {
    healthCheckIntervalSeconds: number(
      group.HealthCheckIntervalSeconds,
      "HealthCheckIntervalSeconds",
    ),
    healthyThresholdCount: number(
      group.HealthyThresholdCount,
      "HealthyThresholdCount",
    ),
    healthCheckGracePeriodSeconds: number(
      service.HealthCheckGracePeriodSeconds,
      "HealthCheckGracePeriodSeconds",
    ),
    deregistrationDelaySeconds: number(
      delay,
      "deregistration_delay.timeout_seconds",
    ),
  };
}

const estimate = (
  step: string,
  seconds: number,
  how = "estimate",
): TimeRow => ({
  step,
  template: seconds,
  templateHow: how,
  defaults: seconds,
  defaultsHow: how,
  onPath: true,
});

/** The rows of the table, in the order things happen. */
export function timeToServe(template: CfnValue): TimeRow[] {
  const mine = versionSettings(template);
  const poll = DEFAULT_POLL_MS / 1000;
  return [
    estimate(
      "CloudFormation creates and executes the change set",
      ESTIMATES.changeSet,
    ),
    estimate(
      "Target group, listener rule and task definition",
      ESTIMATES.otherResources,
    ),
    estimate(
      "Fargate starts the task: network interface, image pull from ECR, container",
      ESTIMATES.fargateStart,
    ),
    estimate(
      "The model loads and answers the health check path",
      ESTIMATES.modelReady,
      "estimate (example model)",
    ),
    {
      step: "The load balancer marks the task healthy (interval × healthy threshold)",
      template: mine.healthCheckIntervalSeconds * mine.healthyThresholdCount,
      templateHow: `${mine.healthCheckIntervalSeconds} s × ${mine.healthyThresholdCount}`,
      defaults:
        AWS_DEFAULTS.healthCheckIntervalSeconds *
        AWS_DEFAULTS.healthyThresholdCount,
      defaultsHow: `${AWS_DEFAULTS.healthCheckIntervalSeconds} s × ${AWS_DEFAULTS.healthyThresholdCount}`,
      onPath: true,
    },
    estimate(
      "ECS completes the deployment; CloudFormation sees the service stable",
      ESTIMATES.ecsDeploymentComplete,
    ),
    estimate(
      "Scalable target and scaling policy (they need the service)",
      ESTIMATES.autoscaling,
    ),
    estimate(
      "deploy-stack notices (one poll) and sets the listener's weights",
      poll + 1,
      `${poll} s poll + 1 s`,
    ),
    {
      step: "Health-check grace period (a tolerance for slow models, not a wait)",
      template: mine.healthCheckGracePeriodSeconds,
      templateHow: `${mine.healthCheckGracePeriodSeconds} s, off the path`,
      defaults: AWS_DEFAULTS.healthCheckGracePeriodSeconds,
      defaultsHow: `${AWS_DEFAULTS.healthCheckGracePeriodSeconds} s`,
      onPath: false,
    },
    {
      step: "Deregistration delay: draining a version on revert or retirement",
      template: mine.deregistrationDelaySeconds,
      templateHow: `${mine.deregistrationDelaySeconds} s, off the path`,
      defaults: AWS_DEFAULTS.deregistrationDelaySeconds,
      defaultsHow: `${AWS_DEFAULTS.deregistrationDelaySeconds} s`,
      onPath: false,
    },
  ];
}

/** Seconds from start to serving, with the template and with the defaults. */
export function totals(rows: TimeRow[]): {
  template: number;
  defaults: number;
} {
  const on = rows.filter((r) => r.onPath);
  return {
    template: on.reduce((sum, r) => sum + r.template, 0),
    defaults: on.reduce((sum, r) => sum + r.defaults, 0),
  };
}

/** The README table (markdown). */
export function renderTimeToServe(template: CfnValue): string {
  const rows = timeToServe(template);
  const total = totals(rows);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(["step", "version.yml", "s", "ECS / load balancer defaults", "s"]),
    line(["---", "---", "---:", "---", "---:"]),
    ...rows.map((r) =>
      line([
        r.step,
        r.templateHow,
        String(r.template),
        r.defaultsHow,
        String(r.defaults),
      ]),
    ),
    line([
      `**deploy-stack start → serving** (goal under ${GOAL_SECONDS} s)`,
      "",
      `**${total.template}**`,
      "",
      `**${total.defaults}**`,
    ]),
  ].join("\n");
}

const START =
  "<!-- time-to-serve: generated by `npx tsx .ci/time-to-serve.ts --write` from stack-templates/version.yml -->";
const END = "<!-- /time-to-serve -->";

/** The README with its time-to-serve block replaced by `table`; throws when the markers are missing. */
export function withTimeToServe(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`README.md has no "${START}" … "${END}" block`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}
