import { errorMessage } from "../errors.js";
import type { Logger } from "../logger.js";

/** The few GitHub calls the gate makes; the shell backs this with Octokit. */
export interface CommentClient {
  /** Every comment on the issue or PR, oldest first. */
  listComments(
    issue: number,
  ): Promise<{ id: number; body?: string; user?: { login?: string } | null }[]>;
  createComment(issue: number, body: string): Promise<{ id: number }>;
  updateComment(id: number, body: string): Promise<void>;
}

/** The parts of the run's context that decide whether to comment. */
export interface PullRequestContext {
  eventName: string;
  /** `owner/name` of the repository the workflow runs in. */
  repository?: string;
  /** The PR number, when the event is about a pull request. */
  number?: number;
  /** `owner/name` of the PR's head and base repositories. */
  headRepository?: string;
  baseRepository?: string;
  /** The PR was named by the `pull-request` input (a workflow_run hand-off), not by the event. */
  explicit?: boolean;
}

/** Whether to comment, and if not, why (and whether that deserves a warning). */
export type CommentPlan =
  | { post: true; number: number }
  | { post: false; reason: string; warn: boolean };

const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

/**
 * Decides whether to comment. `wanted` is the `comment` input (undefined: on for pull requests).
 * A fork PR on `pull_request` gets a read-only token, so we do not even try.
 */
export function planComment(
  wanted: boolean | undefined,
  pr: PullRequestContext,
  hasToken: boolean,
): CommentPlan {
  const isPr =
    (pr.explicit || PR_EVENTS.has(pr.eventName)) && pr.number !== undefined;
  if (wanted === false)
    return { post: false, reason: "comment is off", warn: false };
  if (!isPr || pr.number === undefined) {
    return {
      post: false,
      reason: pr.eventName
        ? `the ${pr.eventName} event is not about a pull request`
        : "this run is not for a pull request",
      warn: wanted === true,
    };
  }
  if (!hasToken) {
    return { post: false, reason: "no github-token was given", warn: true };
  }
  const fork =
    pr.headRepository !== undefined &&
    pr.baseRepository !== undefined &&
    pr.headRepository !== pr.baseRepository;
  if (fork && pr.eventName === "pull_request" && !pr.explicit) {
    return {
      post: false,
      reason: `the PR comes from the fork ${pr.headRepository}, whose GITHUB_TOKEN cannot write comments`,
      warn: true,
    };
  }
  return { post: true, number: pr.number };
}

/** What happened to the comment. */
export type CommentOutcome =
  | { action: "created" | "updated"; id: number }
  | { action: "skipped"; reason: string };

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/**
 * Creates the gate's one comment, or updates it in place when a comment with the marker already
 * exists. Never throws: a comment is a convenience, the verdict and summary stand without it.
 */
export async function upsertComment(options: {
  client: CommentClient;
  issue: number;
  marker: string;
  body: string;
  /** Only a comment by this login is updated: anyone can write the marker into a comment. */
  author?: string;
  logger: Logger;
}): Promise<CommentOutcome> {
  const { client, issue, marker, body, logger, author } = options;
  let call = `list comments on #${issue}`;
  try {
    const existing = (await client.listComments(issue)).find(
      (c) =>
        c.body?.includes(marker) &&
        (author === undefined || c.user?.login === author),
    );
    if (existing) {
      call = `update comment ${existing.id} on #${issue}`;
      await client.updateComment(existing.id, body);
      logger.info(`updated the gate comment on #${issue} (${existing.id})`);
      return { action: "updated", id: existing.id };
    }
    call = `create a comment on #${issue}`;
    const created = await client.createComment(issue, body);
    logger.info(`commented on #${issue} (${created.id})`);
    return { action: "created", id: created.id };
  } catch (error) {
    const status = statusOf(error);
    const hint =
      status === 403 || status === 404
        ? ` (HTTP ${status}: the token may lack "pull-requests: write", or this is a fork PR)`
        : "";
    const reason = `could not ${call}${hint}: ${errorMessage(error)}`;
    logger.warning(
      `${reason}. The result is in the job summary and the step's outputs.`,
    );
    return { action: "skipped", reason };
  }
}
