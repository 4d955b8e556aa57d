import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  type CloudFormationClient,
  type DescribeChangeSetCommandOutput,
} from "@aws-sdk/client-cloudformation";
import { describeFailure } from "../errors.js";
import type { Logger } from "../logger.js";
import {
  DEFAULT_POLL_MS,
  DEFAULT_TIMEOUT_MS,
  StackOperationError,
} from "./stack-wait.js";

/** What createChangeSet needs (a subset of deployStack's options). */
export interface ChangeSetOptions {
  cfn: CloudFormationClient;
  stackName: string;
  templateBody: string;
  parameters: Record<string, string>;
  tags: Record<string, string>;
  logger: Logger;
  pollMs?: number;
  timeoutMs?: number;
  now?: () => Date;
}

const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
const CAPABILITIES = [
  "CAPABILITY_IAM",
  "CAPABILITY_NAMED_IAM",
  "CAPABILITY_AUTO_EXPAND",
] as const;

/** A change set name unique per run: letters, digits and '-' only. */
function changeSetName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:.TZ]/g, "");
  return `modelship-${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}

/** A computed change set; `noChange` when it was empty (it is then deleted). */
export interface ChangeSetRef {
  id: string;
  stackId: string;
  noChange: boolean;
}

/**
 * Creates a named change set and waits until CloudFormation has computed it. An empty one is
 * deleted and reported as `noChange`; any other failure throws with CloudFormation's reason.
 */
export async function createChangeSet(
  options: ChangeSetOptions,
  type: "CREATE" | "UPDATE",
): Promise<ChangeSetRef> {
  const { cfn, stackName, logger } = options;
  const what = `stack ${stackName}`;
  const name = changeSetName(options.now?.() ?? new Date());
  const created = await describeFailure("CreateChangeSet", what, () =>
    cfn.send(
      new CreateChangeSetCommand({
        StackName: stackName,
        ChangeSetName: name,
        ChangeSetType: type,
        TemplateBody: options.templateBody,
        Parameters: Object.entries(options.parameters).map(([k, v]) => ({
          ParameterKey: k,
          ParameterValue: v,
        })),
        Tags: Object.entries(options.tags)
          .filter(([, v]) => v !== "")
          .map(([Key, Value]) => ({ Key, Value })),
        Capabilities: [...CAPABILITIES],
        Description: `modelship ${type.toLowerCase()} of ${stackName}`,
      }),
    ),
  );
  const id = created.Id ?? name;
  const stackId = created.StackId ?? stackName;
  logger.info(`change set ${name} (${type}) created for stack ${stackName}`);
  const described = await waitForChangeSet(options, id);
  if (described.Status === "FAILED") {
    const reason = described.StatusReason ?? "no reason given";
    if (NO_CHANGES.test(reason)) {
      logger.info(`stack ${stackName} is up to date: the change set is empty`);
      await describeFailure(
        "DeleteChangeSet",
        `change set ${name} of ${what}`,
        () =>
          cfn.send(
            new DeleteChangeSetCommand({
              ChangeSetName: id,
              StackName: stackId,
            }),
          ),
      );
      return { id, stackId, noChange: true };
    }
    throw new StackOperationError(
      `change set ${name} for stack ${stackName} failed: ${reason}`,
      stackName,
      "FAILED",
    );
  }
  for (const c of described.Changes ?? []) {
    const r = c.ResourceChange;
    const replace = r?.Replacement === "True" ? " (replacement)" : "";
    logger.info(
      `  ${r?.Action} ${r?.LogicalResourceId} (${r?.ResourceType})${replace}`,
    );
  }
  return { id, stackId, noChange: false };
}

async function waitForChangeSet(
  options: ChangeSetOptions,
  id: string,
): Promise<DescribeChangeSetCommandOutput> {
  const { cfn, stackName } = options;
  const now = options.now ?? (() => new Date());
  const started = now().getTime();
  for (;;) {
    const out = await describeFailure(
      "DescribeChangeSet",
      `change set ${id} of stack ${stackName}`,
      () => cfn.send(new DescribeChangeSetCommand({ ChangeSetName: id })),
    );
    if (out.Status === "CREATE_COMPLETE" || out.Status === "FAILED") return out;
    if (now().getTime() - started > (options.timeoutMs ?? DEFAULT_TIMEOUT_MS)) {
      throw new StackOperationError(
        `timed out waiting for change set ${id} of stack ${stackName} (still ${out.Status})`,
        stackName,
        out.Status ?? "?",
      );
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? DEFAULT_POLL_MS));
  }
}
