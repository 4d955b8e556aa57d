/**
 * The project's own template rules: what cfn-lint cannot know, because it is about how modelship
 * deploys and serves (issue 11's classes of defect). Each rule looks at one evaluated shape of
 * the template (one combination of its conditions); validate.ts runs them over every shape.
 */
import type { CfnValue } from "../../actions/lib/deploy/cfn-yaml.js";
import {
  isObject,
  type CfnObject,
  type EvaluatedResource,
  type EvaluatedTemplate,
} from "./evaluate.js";

/** The rules' names, as findings show them. */
export type RuleName =
  | "desired-count-with-scaling"
  | "listener-forwards"
  | "serving-listener-placeholder"
  | "http-without-https-redirect"
  | "version-path-without-slash"
  | "health-check-needs-runtime"
  | "untagged-app-resource"
  | "unbounded-role"
  | "target-group-replacement"
  | "deployed-by-missing";

/** One finding of a rule; `path` is a path into the template's text. */
export interface RuleFinding {
  rule: RuleName;
  path: (string | number)[];
  message: string;
}

/** What a rule sees: one shape of the template and the raw template it came from. */
export interface RuleInput {
  shape: EvaluatedTemplate;
  raw: CfnObject;
  /** `service-role` or `administrator`, from Metadata.modelship.deployed-by. */
  deployedBy?: string;
  /** The placeholder AppName the shape was evaluated with. */
  app: string;
}

type Rule = (input: RuleInput) => RuleFinding[];

const LISTENER = "AWS::ElasticLoadBalancingV2::Listener";
const mentions = (value: CfnValue | undefined, id: string) =>
  JSON.stringify(value ?? null).includes(id);
const ofType = (shape: EvaluatedTemplate, type: string) =>
  Object.entries(shape.resources).filter(([, r]) => r.Type === type);
const actionsOf = (listener: EvaluatedResource): CfnObject[] => {
  const actions = listener.Properties.DefaultActions;
  return Array.isArray(actions) ? actions.filter(isObject) : [];
};
const refTarget = (value: CfnValue | undefined): string | undefined =>
  isObject(value) && typeof value.Ref === "string" ? value.Ref : undefined;

// Any DesiredCount is sent again on every update of the Service, resetting what autoscaling set.
const desiredCountWithScaling: Rule = ({ shape }) =>
  ofType(shape, "AWS::ECS::Service")
    .filter(([id, service]) => {
      if (service.Properties.DesiredCount === undefined) return false;
      return ofType(shape, "AWS::ApplicationAutoScaling::ScalableTarget").some(
        ([, t]) => mentions(t.Properties.ResourceId, id),
      );
    })
    .map(([id]) => ({
      rule: "desired-count-with-scaling",
      path: ["Resources", id, "Properties", "DesiredCount"],
      message: `Service "${id}" sets DesiredCount while a scalable target scales it: every update of the service resets the running count; leave DesiredCount out`,
    }));

// The weighted forward belongs to deploy-stack and revert (ModifyListener); a template forward
// would be a second owner that CloudFormation puts back on every update of the listener.
const listenerForwards: Rule = ({ shape }) =>
  ofType(shape, LISTENER)
    .filter(([, l]) => actionsOf(l).some((a) => a.Type === "forward"))
    .map(([id]) => ({
      rule: "listener-forwards",
      path: ["Resources", id, "Properties", "DefaultActions"],
      message: `Listener "${id}" forwards in its default action: the weights belong to deploy-stack and revert alone; give a fixed-response placeholder (or a redirect)`,
    }));

// The listener the code owns (output ListenerArn) has a placeholder; the others only redirect.
const servingListenerPlaceholder: Rule = ({ shape }) => {
  const serving = refTarget(shape.outputs.ListenerArn);
  const listeners = ofType(shape, LISTENER);
  if (listeners.length === 0) return [];
  const findings: RuleFinding[] = [];
  if (!serving || !shape.resources[serving]) {
    return [
      {
        rule: "serving-listener-placeholder",
        path: ["Outputs", "ListenerArn"],
        message: `output ListenerArn must name the serving listener (one of ${listeners.map(([id]) => id).join(", ")})`,
      },
    ];
  }
  for (const [id, listener] of listeners) {
    const types = actionsOf(listener).map((a) => a.Type);
    const wanted = id === serving ? "fixed-response" : "redirect";
    if (types.length !== 1 || types[0] !== wanted)
      findings.push({
        rule: "serving-listener-placeholder",
        path: ["Resources", id, "Properties", "DefaultActions"],
        message: `Listener "${id}" ${id === serving ? "is the serving listener (output ListenerArn): its default action must be one fixed-response placeholder, which deploy-stack replaces" : "is not the serving listener: its default action may only redirect"}; got ${types.join(", ") || "none"}`,
      });
  }
  return findings;
};

// With a certificate, plain HTTP must redirect, or version URLs answer over HTTP or not at all.
const httpWithoutHttpsRedirect: Rule = ({ shape }) => {
  const listeners = ofType(shape, LISTENER);
  const https = listeners.filter(([, l]) => l.Properties.Protocol === "HTTPS");
  if (https.length === 0) return [];
  return listeners
    .filter(([, l]) => l.Properties.Protocol === "HTTP")
    .filter(([, l]) => {
      const [action] = actionsOf(l);
      const redirect = isObject(action?.RedirectConfig)
        ? action.RedirectConfig
        : {};
      return action?.Type !== "redirect" || redirect.Protocol !== "HTTPS";
    })
    .map(([id]) => ({
      rule: "http-without-https-redirect",
      path: ["Resources", id, "Properties", "DefaultActions"],
      message: `Listener "${id}" serves plain HTTP next to an HTTPS listener: redirect it to HTTPS`,
    }));
};

// "/v/x/*" does not match "/v/x": each such pattern needs its no-slash sibling.
const versionPathWithoutSlash: Rule = ({ shape }) => {
  const findings: RuleFinding[] = [];
  for (const [id, rule] of ofType(
    shape,
    "AWS::ElasticLoadBalancingV2::ListenerRule",
  )) {
    const conditions = Array.isArray(rule.Properties.Conditions)
      ? rule.Properties.Conditions
      : [];
    conditions.filter(isObject).forEach((condition, i) => {
      const config = isObject(condition.PathPatternConfig)
        ? condition.PathPatternConfig
        : {};
      const values = [
        ...(Array.isArray(config.Values) ? config.Values : []),
        ...(Array.isArray(condition.Values) ? condition.Values : []),
      ].map((v) => JSON.stringify(v));
      for (const value of values) {
        if (!value.endsWith('/*"')) continue;
        const bare = `${value.slice(0, -3)}"`;
        if (!values.includes(bare))
          findings.push({
            rule: "version-path-without-slash",
            path: ["Resources", id, "Properties", "Conditions", i],
            message: `ListenerRule "${id}" matches ${value} but not ${bare}: add the pattern without the trailing "/*"`,
          });
      }
    });
  }
  return findings;
};

const RUNTIME_TOOLS =
  /(^|[\s/"'])(node|python3?|curl|wget|ruby|java|php|perl)([\s"']|$)/;

// Model images are mostly Python and rarely have curl: the load balancer checks health instead.
const healthCheckNeedsRuntime: Rule = ({ shape }) =>
  ofType(shape, "AWS::ECS::TaskDefinition").flatMap(([id, task]) => {
    const containers = task.Properties.ContainerDefinitions;
    return (Array.isArray(containers) ? containers : [])
      .filter(isObject)
      .flatMap((c, i) => {
        const check = isObject(c.HealthCheck) ? c.HealthCheck : undefined;
        const command = Array.isArray(check?.Command)
          ? check.Command.map(String).join(" ")
          : "";
        const tool = RUNTIME_TOOLS.exec(command)?.[2];
        return tool
          ? [
              {
                rule: "health-check-needs-runtime" as const,
                path: [
                  "Resources",
                  id,
                  "Properties",
                  "ContainerDefinitions",
                  i,
                  "HealthCheck",
                ],
                message: `container ${String(c.Name)} of "${id}" checks its health with ${tool}, which a model image need not have: rely on the load balancer's health check`,
              },
            ]
          : [];
      });
  });

const TAG_SCOPED = [
  "AWS::EC2::SecurityGroup",
  "AWS::ElasticLoadBalancingV2::TargetGroup",
];

// The service role may create and change these only with the app's tag (their names are
// generated, so IAM scopes them by tag).
const untaggedAppResource: Rule = ({ shape, deployedBy, app }) => {
  if (deployedBy !== "service-role") return [];
  return Object.entries(shape.resources)
    .filter(([, r]) => TAG_SCOPED.includes(r.Type))
    .filter(([, r]) => {
      const tags = Array.isArray(r.Properties.Tags)
        ? r.Properties.Tags.filter(isObject)
        : [];
      return !tags.some((t) => t.Key === "modelship:app" && t.Value === app);
    })
    .map(([id, r]) => ({
      rule: "untagged-app-resource",
      path: ["Resources", id, "Properties", "Tags"],
      message: `${r.Type} "${id}" lacks the tag modelship:app = AppName: the service role may only create and change these with it`,
    }));
};

// Roles made by the service role live under /modelship/<app>/ with the boundary, or IAM refuses.
const unboundedRole: Rule = ({ shape, deployedBy, app }) => {
  if (deployedBy !== "service-role") return [];
  return ofType(shape, "AWS::IAM::Role")
    .filter(([, role]) => {
      const boundary = String(role.Properties.PermissionsBoundary ?? "");
      return (
        role.Properties.Path !== `/modelship/${app}/` ||
        !boundary.endsWith(`:policy/modelship/${app}/${app}-task-boundary`)
      );
    })
    .map(([id]) => ({
      rule: "unbounded-role",
      path: ["Resources", id, "Properties"],
      message: `role "${id}" needs Path /modelship/\${AppName}/ and the PermissionsBoundary policy/modelship/\${AppName}/\${AppName}-task-boundary: the service role may create roles only so`,
    }));
};

// Changing any of these replaces the target group while the listener still forwards to the old.
const REPLACING = [
  "Name",
  "Port",
  "Protocol",
  "ProtocolVersion",
  "TargetType",
  "IpAddressType",
];

const targetGroupReplacement: Rule = ({ raw }) => {
  const resources = isObject(raw.Resources) ? raw.Resources : {};
  return Object.entries(resources).flatMap(([id, r]) => {
    if (!isObject(r) || r.Type !== "AWS::ElasticLoadBalancingV2::TargetGroup")
      return [];
    const properties = isObject(r.Properties) ? r.Properties : {};
    return REPLACING.filter((p) =>
      /"(Ref|Fn::[A-Za-z]+)"/.test(JSON.stringify(properties[p] ?? null)),
    ).map((p) => ({
      rule: "target-group-replacement" as const,
      path: ["Resources", id, "Properties", p],
      message: `TargetGroup "${id}" takes ${p} from a parameter: a new value replaces the target group while the listener's default action still forwards to the old one; make it constant`,
    }));
  });
};

const deployedByMissing: Rule = ({ deployedBy }) =>
  deployedBy === "service-role" || deployedBy === "administrator"
    ? []
    : [
        {
          rule: "deployed-by-missing",
          path: ["Metadata"],
          message: `Metadata.modelship.deployed-by must say who deploys the template: "service-role" or "administrator" (got ${JSON.stringify(deployedBy ?? null)})`,
        },
      ];

/** Every project rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  deployedByMissing,
  desiredCountWithScaling,
  listenerForwards,
  servingListenerPlaceholder,
  httpWithoutHttpsRedirect,
  versionPathWithoutSlash,
  healthCheckNeedsRuntime,
  untaggedAppResource,
  unboundedRole,
  targetGroupReplacement,
];
