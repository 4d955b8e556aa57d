// A model server for the gateway tests: the service contract's predict, ready and health paths,
// answering as a classifier without request_id or model_version (the gateway adds them), and
// remembering the X-Request-Id of every predict request it got.
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A running fake model. */
export interface FakeModel {
  url: string;
  version: string;
  /** X-Request-Id of each predict request, in arrival order. */
  ids: string[];
  /** Requests by path. */
  paths: string[];
  close(): Promise<void>;
}

/** Options: the version it says it is (none: it names none), and a delay per predict. */
export interface FakeModelOptions {
  version?: string;
  delayMs?: number;
  /** Answer predict with this status instead of 200. */
  status?: number;
}

function labelOf(features: unknown): string {
  const width = (features as { petal_width?: number })?.petal_width ?? 0;
  return width < 0.8 ? "setosa" : width < 1.7 ? "versicolor" : "virginica";
}

function prediction(features: unknown) {
  const label = labelOf(features);
  const probabilities = { setosa: 0.1, versicolor: 0.1, virginica: 0.1 };
  probabilities[label as keyof typeof probabilities] = 0.8;
  return { label, probabilities };
}

function answer(body: string): unknown {
  const parsed = JSON.parse(body) as { input?: unknown; inputs?: unknown[] };
  return parsed.inputs
    ? { predictions: parsed.inputs.map(prediction) }
    : { prediction: prediction(parsed.input) };
}

/** Starts a fake model on a free port of 127.0.0.1. */
export async function startFakeModel(
  options: FakeModelOptions = {},
): Promise<FakeModel> {
  const ids: string[] = [];
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      // Like a version's gateway, it answers below a `/v/<version>` prefix too.
      const url = (req.url ?? "").replace(/^\/v\/[^/]+/, "").split("?")[0];
      paths.push(req.url ?? "");
      const send = (status: number, body: unknown) => {
        const data = JSON.stringify(body);
        res.writeHead(status, { "content-type": "application/json" });
        res.end(data);
      };
      if (url === "/ready")
        return send(200, { ready: true, model_version: options.version });
      if (url === "/health") return send(200, { status: "ok" });
      if (url !== "/predict" || req.method !== "POST")
        return send(404, { error: `no route ${req.url}` });
      ids.push(String(req.headers["x-request-id"]));
      const reply = () => {
        const body = answer(Buffer.concat(chunks).toString());
        send(
          options.status ?? 200,
          options.version
            ? { model_version: options.version, ...(body as object) }
            : body,
        );
      };
      if (options.delayMs) setTimeout(reply, options.delayMs);
      else reply();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    version: options.version ?? "",
    ids,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
