import {
  planComment,
  upsertComment,
  type CommentClient,
} from "../../actions/lib/gate/comment.js";
import { memoryLogger } from "../../actions/lib/logger.js";

const pr = {
  eventName: "pull_request",
  repository: "acme/models",
  number: 7,
  headRepository: "acme/models",
  baseRepository: "acme/models",
};

describe("planComment", () => {
  it.each([
    ["a same-repo PR, default", undefined, pr, true, { post: true, number: 7 }],
    [
      "pull_request_target from a fork (token can write)",
      undefined,
      { ...pr, eventName: "pull_request_target", headRepository: "eve/models" },
      true,
      { post: true, number: 7 },
    ],
    ["comment: false", false, pr, true, { post: false, warn: false }],
    [
      "a push event, default",
      undefined,
      { eventName: "push" },
      true,
      { post: false, warn: false },
    ],
    [
      "a push event, comment: true",
      true,
      { eventName: "push" },
      true,
      { post: false, warn: true },
    ],
    ["no token", undefined, pr, false, { post: false, warn: true }],
    [
      "a fork PR on pull_request",
      undefined,
      { ...pr, headRepository: "eve/models" },
      true,
      { post: false, warn: true },
    ],
  ])("%s", (_name, wanted, context, token, expected) => {
    expect(planComment(wanted, context, token)).toMatchObject(expected);
  });

  it("names the fork", () => {
    const plan = planComment(
      undefined,
      { ...pr, headRepository: "eve/models" },
      true,
    );
    expect(plan).toMatchObject({
      reason: expect.stringContaining("eve/models"),
    });
  });
});

describe("upsertComment with an in-memory client", () => {
  const marker = "<!-- m -->";
  function client(
    existing: { id: number; body?: string }[],
    fail?: object,
  ): CommentClient & { log: string[] } {
    const log: string[] = [];
    return {
      log,
      async listComments(issue) {
        log.push(`list ${issue}`);
        return existing;
      },
      async createComment(issue, body) {
        log.push(`create ${issue} ${body}`);
        if (fail) throw fail;
        return { id: 9 };
      },
      async updateComment(id, body) {
        log.push(`update ${id} ${body}`);
        if (fail) throw fail;
      },
    };
  }

  it("creates when no comment carries the marker, updates the first that does", async () => {
    const fresh = client([{ id: 1, body: "hello" }, { id: 2 }]);
    expect(
      await upsertComment({
        client: fresh,
        issue: 3,
        marker,
        body: `${marker} a`,
        logger: memoryLogger(),
      }),
    ).toEqual({ action: "created", id: 9 });
    expect(fresh.log).toEqual(["list 3", `create 3 ${marker} a`]);

    const again = client([
      { id: 1, body: "hello" },
      { id: 5, body: `${marker} old` },
      { id: 6, body: `${marker} dup` },
    ]);
    expect(
      await upsertComment({
        client: again,
        issue: 3,
        marker,
        body: `${marker} b`,
        logger: memoryLogger(),
      }),
    ).toEqual({ action: "updated", id: 5 });
    expect(again.log).toEqual(["list 3", `update 5 ${marker} b`]);
  });

  it.each([
    [
      { status: 403, message: "Resource not accessible by integration" },
      /could not create a comment on #3 \(HTTP 403: the token may lack "pull-requests: write"/,
    ],
    [{ status: 404, message: "Not Found" }, /HTTP 404/],
    [
      new Error("socket hang up"),
      /could not create a comment on #3: socket hang up/,
    ],
  ])("never throws on %p, and warns", async (error, message) => {
    const logger = memoryLogger();
    const outcome = await upsertComment({
      client: client([], error),
      issue: 3,
      marker,
      body: "x",
      logger,
    });
    expect(outcome.action).toBe("skipped");
    expect(
      logger.entries
        .filter((e) => e.level === "warning")
        .map((e) => e.message)
        .join(),
    ).toMatch(message);
  });
});
