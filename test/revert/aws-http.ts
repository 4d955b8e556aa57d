/**
 * A loopback HTTP endpoint speaking just enough AWS wire protocol (CloudFormation and ELBv2 over
 * the query protocol, ECR over JSON 1.1) for a revert bundle run in a subprocess, where
 * aws-sdk-client-mock cannot reach. Point AWS_ENDPOINT_URL at `url`.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export const LISTENER_ARN =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/m/1/2";
export const tgArn = (v: string) =>
  `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/m-${v}/abc`;

const esc = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const el = (name: string, body: string) => `<${name}>${body}</${name}>`;
const members = (items: string[]) => items.map((i) => el("member", i)).join("");
const reply = (action: string, result: string) =>
  el(
    `${action}Response`,
    (result ? el(`${action}Result`, result) : "") +
      el("ResponseMetadata", el("RequestId", "r-1")),
  );
const queryError = (code: string, message: string) =>
  el(
    "ErrorResponse",
    el(
      "Error",
      el("Type", "Sender") + el("Code", code) + el("Message", esc(message)),
    ) + el("RequestId", "r-1"),
  );

/** One answer: status and body (XML or JSON). */
interface Answer {
  status: number;
  body: string;
  json?: boolean;
  errorType?: string;
}

/** The AWS state behind the endpoint, and every request it saw (`Action` or ECR target). */
export async function awsHttp(setup: {
  app: string;
  versions: string[];
  listener: Record<string, number>;
  images: Record<string, string>;
}) {
  const { app } = setup;
  const requests: { action: string; params: URLSearchParams | object }[] = [];
  const stacks = new Map<
    string,
    { status: string; outputs: Record<string, string> }
  >();
  stacks.set(`${app}-shared`, {
    status: "CREATE_COMPLETE",
    outputs: { ListenerArn: LISTENER_ARN },
  });
  for (const v of setup.versions)
    stacks.set(`${app}-v-${v}`, {
      status: "CREATE_COMPLETE",
      outputs: { TargetGroupArn: tgArn(v) },
    });
  let forward = Object.entries(setup.listener).map(([v, w]) => ({
    arn: tgArn(v),
    weight: w,
  }));
  const images = new Map(Object.entries(setup.images));

  const stackName = (idOrName: string) => idOrName.replace(/^arn:stack\//, "");
  function describeStacks(p: URLSearchParams): Answer {
    const name = stackName(p.get("StackName") ?? "");
    const s = stacks.get(name);
    const byId = (p.get("StackName") ?? "").startsWith("arn:");
    if (!s || (s.status === "DELETE_COMPLETE" && !byId))
      return {
        status: 400,
        body: queryError(
          "ValidationError",
          `Stack with id ${name} does not exist`,
        ),
      };
    const outputs = Object.entries(s.outputs).map(
      ([k, v]) => el("OutputKey", k) + el("OutputValue", esc(v)),
    );
    const stack =
      el("StackName", name) +
      el("StackId", `arn:stack/${name}`) +
      el("StackStatus", s.status) +
      el("CreationTime", "2026-01-01T00:00:00Z") +
      el("Outputs", members(outputs));
    return {
      status: 200,
      body: reply("DescribeStacks", el("Stacks", members([stack]))),
    };
  }
  function describeEvents(p: URLSearchParams): Answer {
    const name = stackName(p.get("StackName") ?? "");
    const s = stacks.get(name);
    const event = (id: string, status: string) =>
      el("EventId", id) +
      el("StackId", `arn:stack/${name}`) +
      el("StackName", name) +
      el("LogicalResourceId", name) +
      el("ResourceType", "AWS::CloudFormation::Stack") +
      el("ResourceStatus", status) +
      el("Timestamp", new Date().toISOString());
    const events =
      s?.status === "DELETE_COMPLETE"
        ? [event("e2", "DELETE_COMPLETE"), event("e1", "CREATE_COMPLETE")]
        : [event("e1", "CREATE_COMPLETE")];
    return {
      status: 200,
      body: reply("DescribeStackEvents", el("StackEvents", members(events))),
    };
  }
  function describeListeners(): Answer {
    const groups = members(
      forward.map(
        (t) => el("TargetGroupArn", t.arn) + el("Weight", String(t.weight)),
      ),
    );
    const action =
      forward.length === 0
        ? el("Type", "fixed-response")
        : el("Type", "forward") +
          el("ForwardConfig", el("TargetGroups", groups));
    const listener =
      el("ListenerArn", LISTENER_ARN) + el("DefaultActions", members([action]));
    return {
      status: 200,
      body: reply("DescribeListeners", el("Listeners", members([listener]))),
    };
  }
  function modifyListener(p: URLSearchParams): Answer {
    const next: { arn: string; weight: number }[] = [];
    for (
      let i = 1;
      p.has(
        `DefaultActions.member.1.ForwardConfig.TargetGroups.member.${i}.TargetGroupArn`,
      );
      i++
    ) {
      const base = `DefaultActions.member.1.ForwardConfig.TargetGroups.member.${i}`;
      next.push({
        arn: p.get(`${base}.TargetGroupArn`) ?? "",
        weight: Number(p.get(`${base}.Weight`)),
      });
    }
    forward = next;
    return { status: 200, body: reply("ModifyListener", "") };
  }
  function describeTags(p: URLSearchParams): Answer {
    const arns = [...p.entries()]
      .filter(([k]) => k.startsWith("ResourceArns.member."))
      .map(([, v]) => v);
    const descriptions = arns.map((arn) => {
      const v = /targetgroup\/m-(.+)\/abc$/.exec(arn)?.[1] ?? "";
      const tag = el("Key", "modelship:version") + el("Value", v);
      return el("ResourceArn", arn) + el("Tags", members([tag]));
    });
    return {
      status: 200,
      body: reply("DescribeTags", el("TagDescriptions", members(descriptions))),
    };
  }
  function ecr(
    target: string,
    input: { imageIds?: { imageTag?: string }[] },
  ): Answer {
    if (target.endsWith(".DescribeImages")) {
      const tag = input.imageIds?.[0]?.imageTag ?? "";
      const digest = images.get(tag);
      if (!digest)
        return {
          status: 400,
          json: true,
          errorType: "ImageNotFoundException",
          body: JSON.stringify({
            __type: "ImageNotFoundException",
            message: `The image with imageId {imageTag:'${tag}'} does not exist`,
          }),
        };
      const tags = [...images].filter(([, d]) => d === digest).map(([t]) => t);
      return {
        status: 200,
        json: true,
        body: JSON.stringify({
          imageDetails: [{ imageDigest: digest, imageTags: tags }],
        }),
      };
    }
    const deleted = (input.imageIds ?? []).filter((id) =>
      images.delete(id.imageTag ?? ""),
    );
    return {
      status: 200,
      json: true,
      body: JSON.stringify({ imageIds: deleted, failures: [] }),
    };
  }

  function answer(req: http.IncomingMessage, body: string): Answer {
    const target = req.headers["x-amz-target"];
    if (typeof target === "string") {
      const input = JSON.parse(body || "{}");
      requests.push({
        action: target.split(".").pop() ?? target,
        params: input,
      });
      return ecr(target, input);
    }
    const p = new URLSearchParams(body);
    const action = p.get("Action") ?? "?";
    requests.push({ action, params: p });
    if (action === "DeleteStack") {
      const s = stacks.get(stackName(p.get("StackName") ?? ""));
      if (s) s.status = "DELETE_COMPLETE";
      return { status: 200, body: reply("DeleteStack", "") };
    }
    const handlers: Record<string, (p: URLSearchParams) => Answer> = {
      DescribeStacks: describeStacks,
      DescribeStackEvents: describeEvents,
      DescribeListeners: describeListeners,
      ModifyListener: modifyListener,
      DescribeTags: describeTags,
    };
    const handler = handlers[action];
    return handler
      ? handler(p)
      : { status: 400, body: queryError("InvalidAction", action) };
  }

  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const a = answer(req, body);
      res.writeHead(a.status, {
        "content-type": a.json ? "application/x-amz-json-1.1" : "text/xml",
        ...(a.errorType ? { "x-amzn-errortype": a.errorType } : {}),
      });
      res.end(a.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stacks,
    images,
    forward: () => forward,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
