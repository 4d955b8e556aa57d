import { context, getOctokit } from "@actions/github";
import type { CommentClient, PullRequestContext } from "../lib/gate/comment.js";

/**
 * The run's pull-request context from the webhook event (GITHUB_EVENT_PATH, GITHUB_EVENT_NAME,
 * GITHUB_REPOSITORY), reduced to what the comment decision needs.
 */
export function pullRequestContext(explicit?: number): PullRequestContext {
  if (explicit !== undefined) {
    return {
      eventName: context.eventName ?? "",
      repository: process.env.GITHUB_REPOSITORY,
      number: explicit,
      explicit: true,
    };
  }
  const pr = context.payload.pull_request as
    | {
        number?: number;
        head?: { repo?: { full_name?: string } | null };
        base?: { repo?: { full_name?: string } | null };
      }
    | undefined;
  return {
    eventName: context.eventName ?? "",
    repository: process.env.GITHUB_REPOSITORY,
    number: pr?.number,
    headRepository: pr?.head?.repo?.full_name,
    baseRepository: pr?.base?.repo?.full_name,
  };
}

/**
 * A CommentClient on `@actions/github`'s Octokit. getOctokit honours GITHUB_API_URL, so GitHub
 * Enterprise Server (and the tests' recording server) work unchanged.
 */
export function octokitCommentClient(
  token: string,
  repository: string,
): CommentClient {
  const [owner = "", repo = ""] = repository.split("/");
  const octokit = getOctokit(token);
  return {
    async listComments(issue) {
      return octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
    },
    async createComment(issue, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue,
        body,
      });
      return { id: data.id };
    },
    async updateComment(id, body) {
      await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: id,
        body,
      });
    },
  };
}
