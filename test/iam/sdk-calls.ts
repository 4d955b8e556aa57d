/**
 * Every AWS SDK command the runtime code sends, found statically: `new <Name>Command(` (and
 * `paginate<Name>(`) in actions/**\/*.ts, each with the @aws-sdk/client-* package the name is
 * imported from, mapped to the IAM action the call needs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** IAM service prefix of each SDK client package. */
export const CLIENT_SERVICES: Record<string, string> = {
  "@aws-sdk/client-cloudformation": "cloudformation",
  "@aws-sdk/client-ecr": "ecr",
  "@aws-sdk/client-ecs": "ecs",
  "@aws-sdk/client-elastic-load-balancing-v2": "elasticloadbalancing",
  "@aws-sdk/client-eventbridge": "events",
  "@aws-sdk/client-s3": "s3",
  "@aws-sdk/client-sqs": "sqs",
  "@aws-sdk/client-kinesis": "kinesis",
  "@aws-sdk/client-sts": "sts",
};

/** Operations whose IAM action is not named like the API call. */
export const ACTION_OVERRIDES: Record<string, string> = {
  "s3:ListObjectsV2": "s3:ListBucket",
  "s3:HeadObject": "s3:GetObject",
  "s3:HeadBucket": "s3:ListBucket",
  "s3:DeleteObjects": "s3:DeleteObject",
  // The parts of a multipart upload are authorized as the PutObject they make up.
  "s3:CreateMultipartUpload": "s3:PutObject",
  "s3:UploadPart": "s3:PutObject",
  "s3:CompleteMultipartUpload": "s3:PutObject",
  "sqs:SendMessageBatch": "sqs:SendMessage",
  "sqs:DeleteMessageBatch": "sqs:DeleteMessage",
  "sqs:ChangeMessageVisibilityBatch": "sqs:ChangeMessageVisibility",
};

/** One command the code sends. */
export interface SdkCall {
  /** The IAM action, e.g. `cloudformation:CreateChangeSet`. */
  action: string;
  client: string;
  /** Repository-relative file that sends it. */
  file: string;
}

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "dist" || entry.name === "node_modules"
        ? []
        : typescriptFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")
      ? [full]
      : [];
  });
}

// `import { A, type B, C as D } from "@aws-sdk/client-x"` → local name → [exported name, package].
function sdkImports(source: string): Map<string, [string, string]> {
  const names = new Map<string, [string, string]>();
  const pattern =
    /import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["'](@aws-sdk\/client-[a-z0-9-]+)["']/g;
  for (const match of source.matchAll(pattern)) {
    for (const raw of (match[1] as string).split(",")) {
      const spec = raw.replace(/^\s*type\s+/, "").trim();
      if (!spec) continue;
      const [exported, local] = spec.split(/\s+as\s+/);
      names.set((local ?? exported) as string, [
        exported as string,
        match[2] as string,
      ]);
    }
  }
  return names;
}

/** The IAM action for an operation of a client package; throws for an unknown package. */
export function iamAction(client: string, operation: string): string {
  const service = CLIENT_SERVICES[client];
  if (!service)
    throw new Error(
      `no IAM service prefix for ${client}: add it to CLIENT_SERVICES`,
    );
  const action = `${service}:${operation}`;
  return ACTION_OVERRIDES[action] ?? action;
}

/** Every SDK call under `root/actions`, outside tests and bundles. */
export function scanSdkCalls(root: string): SdkCall[] {
  const calls: SdkCall[] = [];
  for (const file of typescriptFiles(path.join(root, "actions"))) {
    const source = readFileSync(file, "utf8");
    const imports = sdkImports(source);
    if (imports.size === 0) continue;
    const relative = path.relative(root, file);
    const uses = [
      ...[...source.matchAll(/\bnew\s+([A-Za-z0-9_$]+)\s*\(/g)].map(
        (m) => m[1] as string,
      ),
      ...[
        ...source.matchAll(
          /\b(paginate[A-Z][A-Za-z0-9]*|waitUntil[A-Z][A-Za-z0-9]*)\s*\(/g,
        ),
      ].map((m) => m[1] as string),
    ];
    for (const local of uses) {
      const imported = imports.get(local);
      if (!imported) continue;
      const [exported, client] = imported;
      if (exported.startsWith("waitUntil"))
        throw new Error(
          `${relative} uses the waiter ${exported}: list the calls it makes in test/iam`,
        );
      const operation = exported.startsWith("paginate")
        ? exported.slice("paginate".length)
        : exported.endsWith("Command")
          ? exported.slice(0, -"Command".length)
          : undefined;
      if (operation)
        calls.push({
          action: iamAction(client, operation),
          client,
          file: relative,
        });
    }
  }
  return calls;
}
