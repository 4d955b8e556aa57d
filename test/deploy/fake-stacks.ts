import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  type Parameter,
  ListStacksCommand,
  type StackEvent,
} from "@aws-sdk/client-cloudformation";
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  type Action,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";

export const LISTENER =
  "arn:aws:elasticloadbalancing:us-east-1:1:listener/app/modelship/a/b";

interface FakeStack {
  id: string;
  status: string;
  params: Record<string, string>;
  outputs: Record<string, string>;
  events: StackEvent[];
  /** Statuses still to show, one per DescribeStacks, after an execute. */
  pending: string[];
  /** The template body the stack runs (GetTemplate). */
  body?: string;
  tags: { Key?: string; Value?: string }[];
  created: Date;
}

/** What a stack outputs once deployed, from its name and parameters. */
function outputsFor(
  name: string,
  params: Record<string, string>,
): Record<string, string> {
  if (name.endsWith("-shared")) {
    return {
      ClusterName: `${params.AppName}`,
      ListenerArn: LISTENER,
      HttpsListenerArn: "",
      LoadBalancerUrl: "http://alb.example",
      VpcId: params.VpcId ?? "",
      ServiceSubnetIds: params.ServiceSubnetIds || params.SubnetIds || "",
      AssignPublicIp: params.ServiceSubnetIds ? "DISABLED" : "ENABLED",
      ServiceSecurityGroupId: "sg-1",
      ExecutionRoleArn: "arn:role/exec",
      TaskRoleArn: "arn:role/task",
      LogGroupName: "/modelship",
    };
  }
  const v = params.ModelVersion ?? "?";
  return {
    Url: "http://alb.example",
    VersionUrl: `http://alb.example/v/${v}/`,
    ServiceName: `svc-${v}`,
    TargetGroupArn: `arn:tg/${v}`,
  };
}

/**
 * Several stacks at once, each change set completing over two polls, plus a listener with some
 * rules already taken. Built on aws-sdk-client-mock, so every command can be asserted.
 */
export function fakeStacks(options: { takenPriorities?: number[] } = {}) {
  const cfn = mockClient(CloudFormationClient);
  const elb = mockClient(ElasticLoadBalancingV2Client);
  const stacks = new Map<string, FakeStack>();
  const changeSets = new Map<
    string,
    {
      stack: string;
      params: Record<string, string>;
      body?: string;
      tags: FakeStack["tags"];
    }
  >();
  let n = 0;
  const find = (nameOrId: string) =>
    [...stacks.entries()].find(
      ([name, s]) => name === nameOrId || s.id === nameOrId,
    );
  const addEvent = (name: string, s: FakeStack, status: string) =>
    s.events.push({
      EventId: `e${++n}`,
      StackId: s.id,
      StackName: name,
      LogicalResourceId: name,
      ResourceType: "AWS::CloudFormation::Stack",
      ResourceStatus: status as never,
      Timestamp: new Date(Date.UTC(2026, 0, 1) + n * 1000),
    });

  cfn.on(DescribeStacksCommand).callsFake(({ StackName }) => {
    const found = find(String(StackName));
    if (!found) {
      throw Object.assign(
        new Error(`Stack with id ${StackName} does not exist`),
        {
          name: "ValidationError",
        },
      );
    }
    const [name, s] = found;
    const next = s.pending.shift();
    if (next) {
      s.status = next;
      addEvent(name, s, next);
      if (!next.endsWith("IN_PROGRESS")) s.outputs = outputsFor(name, s.params);
    }
    return {
      Stacks: [
        {
          StackName: name,
          StackId: s.id,
          StackStatus: s.status,
          CreationTime: s.created,
          Tags: s.tags,
          Parameters: Object.entries(s.params).map(([k, v]) => ({
            ParameterKey: k,
            ParameterValue: v,
          })),
          Outputs: Object.entries(s.outputs).map(([k, v]) => ({
            OutputKey: k,
            OutputValue: v,
          })),
        },
      ],
    };
  });
  cfn.on(DescribeStackEventsCommand).callsFake(({ StackName }) => ({
    StackEvents: [...(find(String(StackName))?.[1].events ?? [])].reverse(),
  }));
  cfn.on(CreateChangeSetCommand).callsFake((input) => {
    const name = String(input.StackName);
    if (!stacks.has(name)) {
      const s: FakeStack = {
        id: `arn:aws:cloudformation:us-east-1:1:stack/${name}/${++n}`,
        status: "REVIEW_IN_PROGRESS",
        params: {},
        outputs: {},
        events: [],
        pending: [],
        tags: [],
        created: new Date(Date.UTC(2026, 0, 1) + n * 1000),
      };
      stacks.set(name, s);
      addEvent(name, s, "REVIEW_IN_PROGRESS");
    }
    const id = `arn:aws:cloudformation:us-east-1:1:changeSet/${input.ChangeSetName}/${++n}`;
    // UsePreviousValue keeps what the stack has, as CloudFormation does.
    const before = stacks.get(name)?.params ?? {};
    const params = Object.fromEntries(
      (input.Parameters ?? []).map((p: Parameter) => [
        p.ParameterKey ?? "",
        (p.UsePreviousValue
          ? before[p.ParameterKey ?? ""]
          : p.ParameterValue) ?? "",
      ]),
    );
    changeSets.set(id, {
      stack: name,
      params,
      body: input.TemplateBody,
      tags: input.Tags ?? [],
    });
    return { Id: id, StackId: stacks.get(name)?.id };
  });
  cfn.on(DescribeChangeSetCommand).callsFake(({ ChangeSetName }) => {
    const cs = changeSets.get(String(ChangeSetName));
    const s = stacks.get(cs?.stack ?? "");
    const same = s && JSON.stringify(s.params) === JSON.stringify(cs?.params);
    return same
      ? {
          Status: "FAILED",
          StatusReason: "The submitted information didn't contain changes.",
        }
      : { Status: "CREATE_COMPLETE", Changes: [] };
  });
  cfn.on(DeleteChangeSetCommand).resolves({});
  cfn.on(GetTemplateCommand).callsFake(({ StackName }) => ({
    TemplateBody: find(String(StackName))?.[1].body,
  }));
  cfn.on(ListStacksCommand).callsFake(() => ({
    StackSummaries: [...stacks].map(([name, s]) => ({
      StackName: name,
      StackId: s.id,
      StackStatus: s.status,
      CreationTime: s.created,
    })),
  }));
  // A deleted stack is gone at once: DescribeStacks then says it does not exist.
  cfn.on(DeleteStackCommand).callsFake(({ StackName }) => {
    const found = find(String(StackName));
    if (found) stacks.delete(found[0]);
    return {};
  });
  cfn.on(ExecuteChangeSetCommand).callsFake(({ ChangeSetName }) => {
    const cs = changeSets.get(String(ChangeSetName));
    const s = stacks.get(cs?.stack ?? "") as FakeStack;
    const verb = s.status === "REVIEW_IN_PROGRESS" ? "CREATE" : "UPDATE";
    s.params = cs?.params ?? {};
    s.body = cs?.body;
    s.tags = cs?.tags ?? [];
    s.pending = [`${verb}_IN_PROGRESS`, `${verb}_COMPLETE`];
    return {};
  });
  elb.on(DescribeRulesCommand).resolves({
    Rules: [
      { Priority: "default", IsDefault: true },
      ...(options.takenPriorities ?? []).map((p) => ({ Priority: String(p) })),
    ],
  });
  // The listener remembers its default action, so a later deploy can read the live split, and
  // target groups carry the version tag CloudFormation propagates from their stack.
  let defaultActions: Action[] = [];
  elb.on(ModifyListenerCommand).callsFake((input) => {
    defaultActions = input.DefaultActions ?? [];
    return {};
  });
  elb.on(DescribeListenersCommand).callsFake(() => ({
    Listeners: [{ ListenerArn: LISTENER, DefaultActions: defaultActions }],
  }));
  elb.on(DescribeTagsCommand).callsFake(({ ResourceArns }) => ({
    TagDescriptions: (ResourceArns ?? []).map((arn: string) => {
      const owner = [...stacks.values()].find(
        (s) => s.outputs.TargetGroupArn === arn,
      );
      const version = owner?.params.ModelVersion;
      return {
        ResourceArn: arn,
        Tags: version ? [{ Key: "modelship:version", Value: version }] : [],
      };
    }),
  }));
  return { cfn, elb, stacks };
}
