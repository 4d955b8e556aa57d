// A model server for the batch tests: POST /predict with {"inputs": [...]} answers one iris-like
// prediction per row (setosa when petal_length < 2.5), refuses a non-number feature with 400 like
// the example app does, and can be slowed down or made to fail. The end-to-end tests use the real
// example app instead.
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A running fake model. */
export interface ModelServer {
  url: string;
  /** Rows predicted so far. */
  rows(): number;
  /** Requests answered so far. */
  requests(): number;
  close(): Promise<void>;
}

/** The label the fake model gives a row. */
export function expectedLabel(row: Record<string, unknown>): string {
  return Number(row.petal_length) < 2.5 ? "setosa" : "versicolor";
}

function answer(inputs: Record<string, unknown>[]): {
  status: number;
  body: unknown;
} {
  for (const [index, row] of inputs.entries())
    for (const [name, value] of Object.entries(row))
      if (typeof value !== "number")
        return {
          status: 400,
          body: { message: `inputs[${index}].${name} must be a finite number` },
        };
  return {
    status: 200,
    body: {
      model_version: "test",
      predictions: inputs.map((row) => {
        const label = expectedLabel(row);
        return {
          label,
          probabilities: {
            setosa: label === "setosa" ? 0.9 : 0.1,
            versicolor: label === "setosa" ? 0.1 : 0.9,
          },
        };
      }),
    },
  };
}

/** Starts the fake model on 127.0.0.1; `delayMs` per request, `failFirst` requests answer 503. */
export async function startModelServer(
  options: { delayMs?: number; failFirst?: number; path?: string } = {},
): Promise<ModelServer> {
  let rows = 0;
  let requests = 0;
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      requests++;
      const reply = (status: number, json: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(json));
      };
      if (request.url !== (options.path ?? "/predict"))
        return reply(404, { message: "no route" });
      if (requests <= (options.failFirst ?? 0))
        return reply(503, { message: "warming up" });
      const inputs = (JSON.parse(body) as { inputs: Record<string, unknown>[] })
        .inputs;
      const { status, body: out } = answer(inputs);
      if (status === 200) rows += inputs.length;
      setTimeout(() => reply(status, out), options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    rows: () => rows,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An iris-like row: rows with an even index are setosa-sized. */
export function irisRow(index: number): Record<string, number> {
  const small = index % 2 === 0;
  return {
    sepal_length: 5 + (index % 7) / 10,
    sepal_width: 3 + (index % 5) / 10,
    petal_length: small ? 1.4 : 4.5 + (index % 3) / 10,
    petal_width: small ? 0.2 : 1.4,
  };
}

/** `count` iris-like rows as CSV text (header first). */
export function irisCsv(count: number): string {
  const header = "sepal_length,sepal_width,petal_length,petal_width\n";
  let text = header;
  for (let i = 0; i < count; i++)
    text += `${Object.values(irisRow(i)).join(",")}\n`;
  return text;
}
