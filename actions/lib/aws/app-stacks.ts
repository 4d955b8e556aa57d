/**
 * Reads about an app's stacks beyond one DescribeStacks: which version stacks exist (ListStacks,
 * by name prefix) and the template a stack runs now (GetTemplate).
 */
import {
  GetTemplateCommand,
  ListStacksCommand,
  StackStatus,
  type CloudFormationClient,
} from "@aws-sdk/client-cloudformation";
import { describeFailure } from "../errors.js";
import { parseAppName, versionOfStackName } from "../version.js";

/** One version stack of an app, as ListStacks reports it. */
export interface VersionStackSummary {
  stackName: string;
  version: string;
  status: string;
  createdAt: Date;
}

// Every status but DELETE_COMPLETE: deleted stacks stay listed for 90 days.
const LIVE_STATUSES = Object.values(StackStatus).filter(
  (status) => status !== StackStatus.DELETE_COMPLETE,
);
/** At 100 stacks a page, 50 pages is 5,000 stacks in one region: far past any app's count. */
const MAX_PAGES = 50;

/**
 * The app's version stacks in one environment (`<app>-v-<slug>`, or `<app>--<env>-v-<slug>`) that
 * are not deleted, in ListStacks' order. Other apps' and environments' stacks never match: an app
 * name has no part "v" and no `--`, so the prefix is no other app's or environment's.
 */
export async function listVersionStacks(options: {
  cfn: CloudFormationClient;
  app: string;
  /** Default: the default environment. */
  environment?: string;
}): Promise<VersionStackSummary[]> {
  const app = parseAppName(options.app);
  const found: VersionStackSummary[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const page = await describeFailure(
      "ListStacks",
      `the stacks of app ${app}`,
      () =>
        options.cfn.send(
          new ListStacksCommand({
            StackStatusFilter: LIVE_STATUSES,
            NextToken: token,
          }),
        ),
    );
    for (const summary of page.StackSummaries ?? []) {
      const name = summary.StackName ?? "";
      const version = versionOfStackName(app, name, options.environment);
      if (version)
        found.push({
          stackName: name,
          version,
          status: summary.StackStatus ?? "",
          createdAt: summary.CreationTime ?? new Date(0),
        });
    }
    token = page.NextToken;
  } while (token && ++pages < MAX_PAGES);
  return found;
}

/** The template body a stack runs now, exactly as it was submitted (GetTemplate, Original). */
export async function currentTemplateBody(options: {
  cfn: CloudFormationClient;
  stackName: string;
}): Promise<string | undefined> {
  const out = await describeFailure(
    "GetTemplate",
    `stack ${options.stackName}`,
    () =>
      options.cfn.send(
        new GetTemplateCommand({
          StackName: options.stackName,
          TemplateStage: "Original",
        }),
      ),
  );
  return out.TemplateBody;
}
