/**
 * One model of the AWS an app lives in, for tests: CloudFormation stacks with their change sets,
 * events and templates, the shared load balancer's listeners, rules, target groups and limits,
 * and ECR images.
 * Handlers take and return the SDK's own shapes, so the same world answers aws-sdk-client-mock in
 * the test process (./mock.ts) and a bundle in a subprocess over loopback HTTP (./endpoint.ts).
 */
import type { Action } from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  parseVersion,
  sharedStackName,
  versionStackName,
} from "../../../actions/lib/version.js";
import { CHANGE_SET_ACTIONS, type FakeChangeSet } from "./change-sets.js";
import { ECR } from "./ecr.js";
import { DEFAULT_LIMITS, LOAD_BALANCER } from "./load-balancer.js";
import {
  awsError,
  HTTPS_LISTENER_ARN,
  LISTENER_ARN,
  NOTHING_SERVING,
  sharedOutputs,
  targetGroupArn,
  versionOutputs,
} from "./resources.js";
import { STACK_READS } from "./stack-reads.js";
import {
  newStack,
  STACK_ACTIONS,
  type FakeStack,
  type StackScript,
} from "./stacks.js";

/** The services the fake answers (their SDK clients are in ./mock.ts). */
export type Service = "cloudformation" | "elbv2" | "ecr";
/** Answers one action: the SDK's input in, the SDK's output out (or an error thrown). */
export type Handler = (world: AwsWorld, input: never) => unknown;
/** Runs before an action; throwing makes the call fail as AWS would. */
export type Hook = (input: Record<string, unknown>) => void | Promise<void>;

const HANDLERS: Record<Service, Record<string, Handler>> = {
  cloudformation: { ...STACK_ACTIONS, ...STACK_READS, ...CHANGE_SET_ACTIONS },
  elbv2: LOAD_BALANCER,
  ecr: ECR,
};

/** One call the world answered (or refused), in order. */
export interface AwsRequest {
  service: Service;
  action: string;
  input: Record<string, unknown>;
}

/** What exists before the test: by default one app with a deployed shared stack, nothing else. */
export interface AwsSeed {
  /** Default "modelship". */
  app?: string;
  /** The shared stack: deployed (default), absent (false), or deployed with these values. */
  shared?: boolean | SharedSeed;
  /** The shared stack also has an HTTPS listener (with the same split). */
  https?: boolean;
  /** Versions whose stacks are deployed. */
  versions?: string[];
  /** The listeners' split by version, e.g. { a: 90, b: 10 } (default: nothing serving). */
  traffic?: Record<string, number>;
  /** ECR images: "repository:tag" → digest. */
  images?: Record<string, string>;
  /** Listener rule priorities taken by rules outside our stacks (on the HTTP listener). */
  takenPriorities?: number[];
  /** Target groups on the load balancer that no stack of ours made. */
  otherTargetGroups?: number;
  /** DescribeAccountLimits' answer by limit name, over AWS's defaults (DEFAULT_LIMITS). */
  limits?: Record<string, number>;
  /** How many items a page of ListStacks or an ELB listing holds (default 100). */
  pageSize?: number;
}

/** The shared stack as it is before the test (default: CREATE_COMPLETE, seeded without a template). */
export interface SharedSeed {
  parameters?: Record<string, string>;
  outputs?: Record<string, string>;
  status?: string;
  /** What GetTemplate answers. */
  templateBody?: string;
}

/** The state of the fake AWS, the calls it answered, and what those calls changed. */
export class AwsWorld {
  readonly app: string;
  /** Every stack ever made, deleted ones too, oldest first. */
  readonly stacks: FakeStack[] = [];
  readonly changeSets = new Map<string, FakeChangeSet>();
  /** Listener ARN → default actions. */
  readonly listeners = new Map<string, Action[]>();
  /** ECR repository → tag → digest. */
  readonly repositories = new Map<string, Map<string, string>>();
  readonly takenPriorities: number[];
  readonly otherTargetGroups: number;
  /** Limit name → the account's maximum. */
  readonly limits: Record<string, number>;
  readonly pageSize: number;
  /** Every call, in order. */
  readonly requests: AwsRequest[] = [];
  /** What each successful mutating call did, in order, e.g. "DeleteStack modelship-v-b". */
  readonly changes: string[] = [];
  /** Stack name → how it behaves instead of the default (see `script`). */
  readonly scripts = new Map<string, StackScript>();
  private readonly hooks = new Map<string, Hook[]>();
  private readonly overrides = new Map<string, Handler>();
  private serial = 0;

  constructor(seed: AwsSeed = {}) {
    this.app = seed.app ?? "modelship";
    this.takenPriorities = [...(seed.takenPriorities ?? [])];
    this.otherTargetGroups = seed.otherTargetGroups ?? 0;
    this.limits = { ...DEFAULT_LIMITS, ...seed.limits };
    this.pageSize = seed.pageSize ?? 100;
    if (seed.shared !== false) {
      const shared = typeof seed.shared === "object" ? seed.shared : {};
      this.addSharedStack({ ...shared, https: seed.https });
    }
    for (const version of seed.versions ?? []) this.addVersionStack(version);
    this.setTraffic(seed.traffic ?? {});
    for (const [image, digest] of Object.entries(seed.images ?? {}))
      this.addImage(image, digest);
  }

  /** Adds a stack as it is before the test (with one old event, which no deploy should stream). */
  addStack(name: string, values: Parameters<typeof newStack>[2]): FakeStack {
    const stack = newStack(this, name, values);
    this.stacks.push(stack);
    return stack;
  }

  /** Adds the app's deployed shared stack, its outputs as shared.yml makes them. */
  addSharedStack(values: SharedSeed & { https?: boolean }): FakeStack {
    const parameters = { AppName: this.app, ...values.parameters };
    const outputs = sharedOutputs(parameters, { https: values.https });
    return this.addStack(sharedStackName(this.app), {
      status: values.status,
      templateBody: values.templateBody,
      parameters,
      outputs: { ...outputs, ...values.outputs },
      tags: { "modelship:app": this.app, "modelship:version": "shared" },
    });
  }

  /** Adds a deployed version stack, its outputs as version.yml makes them. */
  addVersionStack(version: string, extra: Record<string, string> = {}) {
    const names = parseVersion(version);
    const parameters = {
      AppName: this.app,
      ModelVersion: names.version,
      VersionSlug: names.slug,
      ...extra,
    };
    return this.addStack(versionStackName(this.app, names), {
      parameters,
      outputs: versionOutputs(parameters),
      tags: { "modelship:app": this.app, "modelship:version": version },
    });
  }

  /** Sets every listener's split by version ({} = the 503 that shared.yml starts with). */
  setTraffic(split: Record<string, number>): void {
    const groups = Object.entries(split).map(([version, weight]) => ({
      TargetGroupArn: targetGroupArn(version),
      Weight: weight,
    }));
    const actions: Action[] = groups.length
      ? [{ Type: "forward", ForwardConfig: { TargetGroups: groups } }]
      : [NOTHING_SERVING];
    for (const arn of [LISTENER_ARN, HTTPS_LISTENER_ARN])
      this.listeners.set(arn, actions);
  }

  /** Adds an ECR image tag: "repository:tag" → digest. */
  addImage(image: string, digest: string): void {
    const at = image.lastIndexOf(":");
    const repository = image.slice(0, at);
    const tags = this.repositories.get(repository) ?? new Map<string, string>();
    tags.set(image.slice(at + 1), digest);
    this.repositories.set(repository, tags);
  }

  /** Makes one stack behave as scripted (steps, change set outcome, resources). */
  script(stackName: string, script: StackScript): this {
    this.scripts.set(stackName, script);
    return this;
  }

  /** Runs `hook` before each call of `action` (e.g. to fail it, or to look at the database). */
  before(action: string, hook: Hook): this {
    this.hooks.set(action, [...(this.hooks.get(action) ?? []), hook]);
    return this;
  }

  /** Answers `action` with `handler` in this world only (to model an action not modelled yet). */
  handle(service: Service, action: string, handler: Handler): this {
    this.overrides.set(`${service}:${action}`, handler);
    return this;
  }

  /** Answers one call: records it, runs the hooks, then the handler. */
  async call(
    service: Service,
    action: string,
    input: Record<string, unknown> = {},
  ): Promise<unknown> {
    this.requests.push({ service, action, input });
    for (const hook of this.hooks.get(action) ?? []) await hook(input);
    const handler =
      this.overrides.get(`${service}:${action}`) ?? HANDLERS[service][action];
    if (!handler)
      throw awsError(
        "InvalidAction",
        `the fake AWS has no ${service} ${action}`,
      );
    return handler(this, input as never);
  }

  /** A stack by id (deleted ones too), or by name (live ones only), as AWS finds them. */
  findStack(nameOrId: string): FakeStack | undefined {
    if (nameOrId.startsWith("arn:"))
      return this.stacks.find((stack) => stack.id === nameOrId);
    return this.liveStacks()
      .reverse()
      .find((stack) => stack.name === nameOrId);
  }

  /** Stacks not deleted. */
  liveStacks(): FakeStack[] {
    return this.stacks.filter((stack) => stack.status !== "DELETE_COMPLETE");
  }

  /** The live stack that made a target group. */
  stackOfTargetGroup(arn: string): FakeStack | undefined {
    return this.liveStacks().find(
      (stack) => stack.outputs.TargetGroupArn === arn,
    );
  }

  /** A listener's default actions. */
  listenerActions(arn = LISTENER_ARN): Action[] {
    return this.listeners.get(arn) ?? [NOTHING_SERVING];
  }

  /** A listener's split by version (by ARN for a target group no stack made). */
  split(arn = LISTENER_ARN): Record<string, number> {
    const [action] = this.listenerActions(arn);
    const groups = action?.ForwardConfig?.TargetGroups ?? [];
    return Object.fromEntries(
      groups.map((group) => {
        const arn = group.TargetGroupArn ?? "";
        const owner = this.stackOfTargetGroup(arn);
        return [owner?.tags["modelship:version"] ?? arn, group.Weight ?? 0];
      }),
    );
  }

  /** The names of the calls made, in order (of one service, when given). */
  actions(service?: Service): string[] {
    return this.requests
      .filter((request) => !service || request.service === service)
      .map((request) => request.action);
  }

  /** The inputs of every call of `action`, in order. */
  inputsOf<Input = Record<string, unknown>>(action: string): Input[] {
    return this.requests
      .filter((request) => request.action === action)
      .map((request) => request.input as Input);
  }

  /** The tags left in an ECR repository. */
  imageTags(repository: string): string[] {
    return [...(this.repositories.get(repository)?.keys() ?? [])];
  }

  /** A number unique in this world, for ids. */
  nextSerial(): number {
    return ++this.serial;
  }

  /** Records what a mutating call did. */
  change(description: string): void {
    this.changes.push(description);
  }
}
