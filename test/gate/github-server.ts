import http from "node:http";
import type { AddressInfo } from "node:net";

/** One REST call the recording server saw. */
export interface RecordedCall {
  method: string;
  path: string;
  body?: { body?: string };
  authorization?: string;
}

/** A stored issue comment. */
export interface StoredComment {
  id: number;
  body: string;
  user?: { login: string };
}

/**
 * A tiny stand-in for the GitHub REST API's issue-comment endpoints, recording every call the
 * real Octokit makes. With `deny` set, writes answer 403 as GitHub does for a read-only token.
 */
export async function startGitHubServer(
  options: { deny?: boolean; comments?: StoredComment[] } = {},
) {
  const calls: RecordedCall[] = [];
  const comments: StoredComment[] = [...(options.comments ?? [])];
  let nextId = 1000;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (d: Buffer) => (raw += d.toString()));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0] ?? "";
      const body = raw ? JSON.parse(raw) : undefined;
      calls.push({
        method: req.method ?? "",
        path,
        body,
        authorization: req.headers.authorization,
      });
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(data));
      };
      const write = req.method === "POST" || req.method === "PATCH";
      if (write && options.deny) {
        return send(403, {
          message: "Resource not accessible by integration",
          status: "403",
        });
      }
      if (req.method === "GET" && /\/issues\/\d+\/comments$/.test(path)) {
        return send(200, comments);
      }
      if (req.method === "POST" && /\/issues\/\d+\/comments$/.test(path)) {
        const comment = {
          id: nextId++,
          body: body.body,
          user: { login: "github-actions[bot]" },
        };
        comments.push(comment);
        return send(201, comment);
      }
      const update = /\/issues\/comments\/(\d+)$/.exec(path);
      if (req.method === "PATCH" && update) {
        const comment = comments.find((c) => c.id === Number(update[1]));
        if (!comment) return send(404, { message: "Not Found" });
        comment.body = body.body;
        return send(200, comment);
      }
      send(404, { message: "Not Found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    comments,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
