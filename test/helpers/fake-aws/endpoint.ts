/**
 * The fake AWS on loopback HTTP, for a bundle run in a subprocess (where aws-sdk-client-mock
 * cannot reach): CloudFormation and ELBv2 over the query protocol, ECR over JSON 1.1. The bundle
 * gets `env` (AWS_ENDPOINT_URL and test credentials) and its SDK calls land in the same AwsWorld.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { REGION } from "./resources.js";
import type { AwsWorld, Service } from "./world.js";

/** The query protocol's API version of each service that speaks it. */
const QUERY_VERSIONS: Record<string, Service> = {
  "2010-05-15": "cloudformation",
  "2015-12-01": "elbv2",
};

const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const element = (name: string, body: string) => `<${name}>${body}</${name}>`;

/** The SDK's output shape as query-protocol XML: lists as `member`s, dates in ISO 8601. */
function toXml(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return value.map((item) => element("member", toXml(item))).join("");
  if (typeof value === "object")
    return Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => element(key, toXml(field)))
      .join("");
  return escapeXml(String(value));
}

/** Query-protocol form fields as the SDK's input shape: `A.member.1.B=x` → { A: [{ B: "x" }] }. */
export function fromQuery(form: URLSearchParams): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of form) {
    if (key === "Action" || key === "Version") continue;
    const path = key
      .split(".")
      .filter((part) => part !== "member")
      .map((part) => (/^\d+$/.test(part) ? Number(part) - 1 : part));
    let node = input as Record<string | number, unknown>;
    path.forEach((part, i) => {
      const next = path[i + 1];
      if (next === undefined) node[part] = value;
      else
        node = (node[part] ??= typeof next === "number" ? [] : {}) as Record<
          string | number,
          unknown
        >;
    });
  }
  return input;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_TYPE = "application/x-amz-json-1.1";

/** One call over JSON 1.1 (ECR): the action is named by the X-Amz-Target header. */
async function jsonReply(world: AwsWorld, target: string, body: string) {
  const action = target.split(".").pop() ?? target;
  try {
    const output = await world.call("ecr", action, JSON.parse(body || "{}"));
    const headers = { "content-type": JSON_TYPE };
    return { status: 200, headers, body: JSON.stringify(output ?? {}) };
  } catch (error) {
    const { name, message } = error as Error;
    const headers = { "content-type": JSON_TYPE, "x-amzn-errortype": name };
    const reply = JSON.stringify({ __type: name, message });
    return { status: 400, headers, body: reply };
  }
}

/** One call over the query protocol (CloudFormation, ELBv2): a form with Action and Version. */
async function queryReply(world: AwsWorld, body: string): Promise<Reply> {
  const form = new URLSearchParams(body);
  const action = form.get("Action") ?? "";
  const headers = { "content-type": "text/xml" };
  const requestId = element("RequestId", "r-1");
  try {
    const service = QUERY_VERSIONS[form.get("Version") ?? ""];
    if (!service) throw new Error(`unknown API version ${form.get("Version")}`);
    const output = await world.call(service, action, fromQuery(form));
    const result =
      element(`${action}Result`, toXml(output)) +
      element("ResponseMetadata", requestId);
    return { status: 200, headers, body: element(`${action}Response`, result) };
  } catch (error) {
    const { name, message } = error as Error;
    const detail = toXml({ Type: "Sender", Code: name, Message: message });
    const reply = element("Error", detail) + requestId;
    return { status: 400, headers, body: element("ErrorResponse", reply) };
  }
}

/** A running endpoint: its URL, the environment a bundle needs, and `close`. */
export interface AwsEndpoint {
  url: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Serves `world` on 127.0.0.1 until `close`. */
export async function awsEndpoint(world: AwsWorld): Promise<AwsEndpoint> {
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const target = req.headers["x-amz-target"];
      const reply =
        typeof target === "string"
          ? jsonReply(world, target, body)
          : queryReply(world, body);
      void reply.then(({ status, headers, body }) =>
        res.writeHead(status, headers).end(body),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: {
      AWS_ENDPOINT_URL: url,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
