/**
 * A small stateful AWS for revert tests, behind aws-sdk-client-mock on the real SDK clients:
 * stacks (shared + one per version), the shared listener's forward split, target-group tags and
 * ECR tags. Every mutating call is appended to `calls`, so tests can assert the order.
 */
import {
  CloudFormationClient,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type StackEvent,
} from "@aws-sdk/client-cloudformation";
import {
  BatchDeleteImageCommand,
  DescribeImagesCommand,
  ECRClient,
  ImageNotFoundException,
} from "@aws-sdk/client-ecr";
import {
  DescribeListenersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  type Action,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";

export const LISTENER =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/m/1/2";
export const HTTPS_LISTENER =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/m/1/443";
export const SHA = "0123456789abcdef0123456789abcdef01234567";
export const tgOf = (version: string) =>
  `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/m-${version}/abc`;

interface FakeStack {
  id: string;
  status: string;
  outputs: Record<string, string>;
  events: StackEvent[];
}

/** The starting state: versions with stacks, the listener split, and image tags → digest. */
export interface FakeAwsSetup {
  app?: string;
  versions: string[];
  listener: Record<string, number>;
  images?: Record<string, string>;
  sharedStack?: boolean;
  /** The shared stack also has an HTTPS listener with the same split. */
  https?: boolean;
}

export function fakeAws(setup: FakeAwsSetup) {
  const app = setup.app ?? "modelship";
  const calls: string[] = [];
  const stacks = new Map<string, FakeStack>();
  const images = new Map(Object.entries(setup.images ?? {}));
  if (setup.sharedStack !== false) {
    stacks.set(`${app}-shared`, {
      id: `arn:stack/${app}-shared/1`,
      status: "CREATE_COMPLETE",
      outputs: {
        ListenerArn: LISTENER,
        HttpsListenerArn: setup.https ? HTTPS_LISTENER : "",
      },
      events: [],
    });
  }
  for (const v of setup.versions) {
    const name = `${app}-v-${v.replaceAll(".", "--")}`;
    stacks.set(name, {
      id: `arn:stack/${name}/1`,
      status: "CREATE_COMPLETE",
      outputs: { TargetGroupArn: tgOf(v), Url: "http://lb/" },
      events: [
        {
          EventId: "old",
          StackId: `arn:stack/${name}/1`,
          StackName: name,
          ResourceStatus: "CREATE_COMPLETE",
          Timestamp: new Date(0),
        },
      ],
    });
  }
  const initial: Action[] = [
    {
      Type: "forward",
      ForwardConfig: {
        TargetGroups: Object.entries(setup.listener).map(([v, w]) => ({
          TargetGroupArn: tgOf(v),
          Weight: w,
        })),
      },
    },
  ];
  const actions = new Map([
    [LISTENER, initial],
    [HTTPS_LISTENER, initial],
  ]);
  const find = (nameOrId: string) =>
    [...stacks.entries()].find(([n, s]) => n === nameOrId || s.id === nameOrId);
  const missing = (what: string) =>
    Object.assign(new Error(`Stack with id ${what} does not exist`), {
      name: "ValidationError",
    });

  const cfn = new CloudFormationClient({ region: "us-east-1" });
  const elb = new ElasticLoadBalancingV2Client({ region: "us-east-1" });
  const ecr = new ECRClient({ region: "us-east-1" });
  const cfnMock = mockClient(cfn);
  const elbMock = mockClient(elb);
  const ecrMock = mockClient(ecr);

  cfnMock.on(DescribeStacksCommand).callsFake((input) => {
    const hit = find(input.StackName);
    // A deleted stack is still found by id (DELETE_COMPLETE), never by name.
    if (
      !hit ||
      (hit[1].status === "DELETE_COMPLETE" && hit[0] === input.StackName)
    )
      throw missing(input.StackName);
    const [name, s] = hit;
    return {
      Stacks: [
        {
          StackName: name,
          StackId: s.id,
          StackStatus: s.status,
          CreationTime: new Date(),
          Outputs: Object.entries(s.outputs).map(([k, v]) => ({
            OutputKey: k,
            OutputValue: v,
          })),
        },
      ],
    };
  });
  cfnMock.on(DescribeStackEventsCommand).callsFake((input) => {
    const hit = find(input.StackName);
    if (!hit) throw missing(input.StackName);
    return { StackEvents: [...hit[1].events].reverse() };
  });
  cfnMock.on(DeleteStackCommand).callsFake((input) => {
    const hit = find(input.StackName);
    calls.push(`DeleteStack ${hit?.[0] ?? input.StackName}`);
    if (hit) {
      hit[1].status = "DELETE_COMPLETE";
      hit[1].events.push({
        EventId: `del-${hit[0]}`,
        StackId: hit[1].id,
        StackName: hit[0],
        LogicalResourceId: hit[0],
        ResourceType: "AWS::CloudFormation::Stack",
        ResourceStatus: "DELETE_COMPLETE" as const,
        Timestamp: new Date(),
      });
    }
    return {};
  });

  elbMock.on(DescribeListenersCommand).callsFake((input) => {
    const arn = input.ListenerArns?.[0] ?? "";
    return {
      Listeners: [{ ListenerArn: arn, DefaultActions: actions.get(arn) }],
    };
  });
  elbMock.on(ModifyListenerCommand).callsFake((input) => {
    const https = input.ListenerArn === HTTPS_LISTENER;
    calls.push(https ? "ModifyListener https" : "ModifyListener");
    actions.set(input.ListenerArn ?? "", input.DefaultActions ?? []);
    return {};
  });
  elbMock.on(DescribeTagsCommand).callsFake((input) => ({
    TagDescriptions: (input.ResourceArns ?? []).map((arn: string) => {
      const version = /targetgroup\/m-(.+)\/abc$/.exec(arn)?.[1] ?? "";
      return {
        ResourceArn: arn,
        Tags: [
          {
            Key: "aws:cloudformation:stack-name",
            Value: `${app}-v-${version.replaceAll(".", "--")}`,
          },
          { Key: "modelship:version", Value: version },
        ],
      };
    }),
  }));

  ecrMock.on(DescribeImagesCommand).callsFake((input) => {
    const tag = input.imageIds?.[0]?.imageTag ?? "";
    const digest = images.get(tag);
    if (!digest)
      throw new ImageNotFoundException({
        message: `tag ${tag} not found`,
        $metadata: {},
      });
    const tags = [...images].filter(([, d]) => d === digest).map(([t]) => t);
    return { imageDetails: [{ imageDigest: digest, imageTags: tags }] };
  });
  ecrMock.on(BatchDeleteImageCommand).callsFake((input) => {
    calls.push("BatchDeleteImage");
    const deleted = [];
    const failures = [];
    for (const id of input.imageIds ?? []) {
      if (images.delete(id.imageTag)) deleted.push({ imageTag: id.imageTag });
      else failures.push({ imageId: id, failureCode: "ImageNotFound" });
    }
    return { imageIds: deleted, failures };
  });

  return {
    app,
    cfn,
    elb,
    ecr,
    cfnMock,
    elbMock,
    ecrMock,
    calls,
    images,
    stacks,
    listenerActions: (arn = LISTENER) => actions.get(arn),
  };
}
