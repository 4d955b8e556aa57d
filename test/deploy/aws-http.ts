/**
 * A loopback CloudFormation + ELBv2 endpoint (the AWS query protocol) for running the
 * deploy-stack bundle in a subprocess, where aws-sdk-client-mock cannot reach. The shared stack
 * exists; a version stack is created through a change set and completes over two polls.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export const LISTENER_ARN =
  "arn:aws:elasticloadbalancing:us-east-1:1:listener/app/m/1/2";
const LOAD_BALANCER_ARN =
  "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/m/1";

const el = (name: string, body: string) => `<${name}>${body}</${name}>`;
const members = (items: string[]) => items.map((i) => el("member", i)).join("");
const kv = (o: Record<string, string>, k: string, v: string) =>
  members(Object.entries(o).map(([a, b]) => el(k, a) + el(v, b)));
const reply = (action: string, result: string) =>
  el(
    `${action}Response`,
    el(`${action}Result`, result) +
      el("ResponseMetadata", el("RequestId", "r")),
  );

interface Stack {
  id: string;
  status: string;
  params: Record<string, string>;
  outputs: Record<string, string>;
  events: string[];
  pending: string[];
}

/** Starts the endpoint; `actions` lists every request's Action, `params` its form fields. */
export async function deployEndpoint(app: string) {
  const requests: { action: string; params: URLSearchParams }[] = [];
  const stacks = new Map<string, Stack>();
  const shared: Stack = {
    id: `arn:stack/${app}-shared`,
    status: "CREATE_COMPLETE",
    params: {
      DatabaseUrlSecretArn: "arn:aws:ssm:us-east-1:1:parameter/db",
      ContainerPort: "8080",
    },
    outputs: {
      ListenerArn: LISTENER_ARN,
      HttpsListenerArn: "",
      ClusterName: app,
      LoadBalancerUrl: "http://alb.test",
      ServiceSubnetIds: "s-1,s-2",
      AssignPublicIp: "ENABLED",
    },
    events: [],
    pending: [],
  };
  stacks.set(`${app}-shared`, shared);
  const find = (n: string) =>
    [...stacks.entries()].find(([k, s]) => k === n || s.id === n);
  const event = (name: string, status: string, i: number) =>
    el("EventId", `${name}-${i}`) +
    el("StackId", `arn:stack/${name}`) +
    el("StackName", name) +
    el("LogicalResourceId", name) +
    el("ResourceType", "AWS::CloudFormation::Stack") +
    el("ResourceStatus", status) +
    el("Timestamp", new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString());

  function handle(action: string, p: URLSearchParams): [number, string] {
    const found = find(p.get("StackName") ?? "");
    if (action === "DescribeStacks") {
      if (!found)
        return [
          400,
          el(
            "ErrorResponse",
            el(
              "Error",
              el("Type", "Sender") +
                el("Code", "ValidationError") +
                el(
                  "Message",
                  `Stack with id ${p.get("StackName")} does not exist`,
                ),
            ),
          ),
        ];
      const [name, s] = found;
      const next = s.pending.shift();
      if (next) {
        s.status = next;
        s.events.push(event(name, next, s.events.length));
        if (next === "CREATE_COMPLETE")
          s.outputs = {
            Url: "http://alb.test",
            VersionUrl: `http://alb.test/v/${s.params.ModelVersion}/`,
            TargetGroupArn: `arn:tg/${s.params.ModelVersion}`,
          };
      }
      const body =
        el("StackName", name) +
        el("StackId", s.id) +
        el("StackStatus", s.status) +
        el("CreationTime", "2026-01-01T00:00:00Z") +
        el("Parameters", kv(s.params, "ParameterKey", "ParameterValue")) +
        el("Outputs", kv(s.outputs, "OutputKey", "OutputValue"));
      return [200, reply(action, el("Stacks", members([body])))];
    }
    if (action === "DescribeStackEvents")
      return [
        200,
        reply(
          action,
          el("StackEvents", members([...(found?.[1].events ?? [])].reverse())),
        ),
      ];
    if (action === "CreateChangeSet") {
      const name = p.get("StackName") ?? "";
      const params: Record<string, string> = {};
      for (let i = 1; p.has(`Parameters.member.${i}.ParameterKey`); i++)
        params[p.get(`Parameters.member.${i}.ParameterKey`) ?? ""] =
          p.get(`Parameters.member.${i}.ParameterValue`) ?? "";
      const s: Stack = {
        id: `arn:stack/${name}`,
        status: "REVIEW_IN_PROGRESS",
        params,
        outputs: {},
        events: [],
        pending: [],
      };
      s.events.push(event(name, "REVIEW_IN_PROGRESS", 0));
      stacks.set(name, s);
      return [
        200,
        reply(action, el("Id", `arn:cs/${name}`) + el("StackId", s.id)),
      ];
    }
    if (action === "DescribeChangeSet")
      return [
        200,
        reply(action, el("Status", "CREATE_COMPLETE") + el("Changes", "")),
      ];
    if (action === "ExecuteChangeSet") {
      const s = stacks.get(
        (p.get("ChangeSetName") ?? "").replace("arn:cs/", ""),
      );
      if (s) s.pending = ["CREATE_IN_PROGRESS", "CREATE_COMPLETE"];
      return [200, reply(action, "")];
    }
    if (action === "DescribeRules")
      return [
        200,
        reply(
          action,
          el(
            "Rules",
            members([el("Priority", "default") + el("IsDefault", "true")]),
          ),
        ),
      ];
    if (action === "ModifyListener")
      return [200, reply(action, el("Listeners", ""))];
    // The room check before a new version: one listener, no target group yet, default limits.
    if (action === "DescribeListeners")
      return [
        200,
        reply(
          action,
          el(
            "Listeners",
            members([
              el("ListenerArn", LISTENER_ARN) +
                el("LoadBalancerArn", LOAD_BALANCER_ARN),
            ]),
          ),
        ),
      ];
    if (action === "DescribeTargetGroups")
      return [200, reply(action, el("TargetGroups", ""))];
    if (action === "DescribeAccountLimits")
      return [200, reply(action, el("Limits", ""))];
    // keep-versions lists the app's stacks after the shift to 100%.
    if (action === "ListStacks")
      return [
        200,
        reply(
          action,
          el(
            "StackSummaries",
            members(
              [...stacks].map(
                ([name, s]) =>
                  el("StackName", name) +
                  el("StackId", s.id) +
                  el("StackStatus", s.status) +
                  el("CreationTime", "2026-01-01T00:00:00Z"),
              ),
            ),
          ),
        ),
      ];
    return [
      400,
      el(
        "ErrorResponse",
        el("Error", el("Code", "InvalidAction") + el("Message", action)),
      ),
    ];
  }

  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const p = new URLSearchParams(body);
      const action = p.get("Action") ?? "?";
      requests.push({ action, params: p });
      const [status, xml] = handle(action, p);
      res.writeHead(status, { "content-type": "text/xml" }).end(xml);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
