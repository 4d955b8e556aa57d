import { stringify } from "yaml";
import type { DetectedRepository } from "./detect.js";
import { SMOKE_CASES_FILE } from "./smoke-template.js";
import type { ActionSource } from "./source.js";

/** The schema's address for editors, at the tag the workflows pin. */
export function schemaUrl(source: ActionSource): string {
  return `https://raw.githubusercontent.com/${source.owner}/${source.repo}/${source.ref}/actions/lib/config/modelship.schema.json`;
}

/** A train command that fails and says what to do, when init could not guess one. */
export const TRAIN_PLACEHOLDER =
  "echo 'modelship.yml: set train.command to the command that trains your model' >&2; exit 1";

/** A YAML scalar for a value, quoted only when YAML needs it (`: `, ` #`, leading `'`, ...). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function detectedLine(detected: DetectedRepository): string {
  const found: string[] = [];
  if (detected.python.length > 0)
    found.push(`Python (${detected.python.join(", ")})`);
  if (detected.nodeScripts !== undefined) found.push("Node (package.json)");
  if (detected.dockerfile) {
    const port = detected.dockerfile.exposedPort;
    found.push(port ? `a Dockerfile (EXPOSE ${port})` : "a Dockerfile");
  }
  return found.length > 0 ? found.join(", ") : "nothing init recognises";
}

function trainSection(detected: DetectedRepository): string[] {
  const lines = [
    "train:",
    "  # Runs with `bash -c` at the repository root and must write the metrics file: a JSON object",
    "  # whose leaves are numbers (DVC style). The local target sets MODELSHIP_RUN_DIR to each",
    "  # version's own directory; write the model and metrics there (default: here).",
  ];
  if (detected.train) {
    lines.push(
      `  # Guessed from ${detected.train.from}.`,
      `  command: ${scalar(detected.train.command)}`,
    );
  } else {
    lines.push(
      "  # TODO: init found no train script. Replace this with your training command.",
      `  command: ${scalar(TRAIN_PLACEHOLDER)}`,
    );
  }
  lines.push("  metrics-file: metrics.json", "  # timeout-minutes: 30");
  return lines;
}

function serviceSection(detected: DetectedRepository): string[] {
  const port = detected.dockerfile?.exposedPort ?? 8080;
  const lines = [
    "service:",
    `  port: ${port}`,
    "  # The paths your server answers; these are the defaults.",
    "  # predict-path: /predict",
    "  # health-path: /health",
    "  # ready-path: /ready",
    "  # The local target (`modelship pipeline --target local`) runs this instead of the image,",
    "  # with PORT, MODEL_VERSION and MODELSHIP_RUN_DIR set.",
  ];
  if (detected.start) {
    lines.push(
      `  # Guessed from ${detected.start.from}.`,
      `  start: ${scalar(detected.start.command)}`,
    );
  } else {
    lines.push(
      "  # TODO: init found no server to start; without `start` the local target runs the image.",
    );
    lines.push("  # start: python3 server.py");
  }
  return lines;
}

function smokeSection(detected: DetectedRepository): string[] {
  const cases =
    detected.smokeCases === "own"
      ? [`  cases-file: ${SMOKE_CASES_FILE}`]
      : [
          `  # TODO: put real inputs and their expected labels in ${SMOKE_CASES_FILE}, then uncomment:`,
          `  # cases-file: ${SMOKE_CASES_FILE}`,
        ];
  return [
    "smoke:",
    ...cases,
    "  requests: 200",
    "  p95-ms: 500",
    "  # modelship's gateway, in front of your server, logs its predictions: smoke-test checks them.",
  ];
}

/**
 * The commented `modelship.yml` init writes: every group, the guesses it could make, and a TODO
 * where it could not. It validates against the shipped schema as written.
 */
export function renderConfig(
  detected: DetectedRepository,
  source: ActionSource,
): string {
  const sections = [
    [
      `# yaml-language-server: $schema=${schemaUrl(source)}`,
      "#",
      "# How modelship trains, gates, builds, serves, smoke-tests and deploys this repository's model.",
      "# Written by `modelship init`; edit freely. Keys are named like the inputs of the actions that",
      "# read them. An action input or CLI flag beats a value here; a key left out takes its built-in",
      "# default, which your editor shows through the schema above.",
      `# Detected: ${detectedLine(detected)}.`,
      "",
      `app: ${scalar(detected.app)}`,
    ],
    trainSection(detected),
    [
      "gate:",
      "  # A version ships only when every rule passes. `delta` compares it with the version in",
      "  # production (on a pull request, with the base branch). Name metrics your train writes.",
      "  rules:",
      "    - accuracy >= 0.90",
      "    - accuracy delta >= -0.02",
    ],
    [
      "build:",
      "  context: .",
      `  dockerfile: ${scalar(detected.dockerfile?.path ?? "Dockerfile")}`,
      ...(detected.dockerfile
        ? []
        : ["  # TODO: init found no Dockerfile; write one for your service."]),
    ],
    serviceSection(detected),
    smokeSection(detected),
    [
      "deploy:",
      "  kind: online",
      "  canary-weight: 10",
      "  # Before the first deploy, the app's shared stack (IDs and an ARN, nothing secret):",
      "  # shared-parameters:",
      "  #   VpcId: vpc-0123456789abcdef0",
      "  #   LoadBalancerSubnetIds: subnet-0aaaaaaaaaaaaaaaa,subnet-0bbbbbbbbbbbbbbbb",
      "  #   DatabaseUrlSecretArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-url-AbC123",
    ],
    [
      "aws:",
      "  region: us-east-1",
      "  # The role stack's CloudFormationRoleArn output (README, AWS set-up):",
      "  # cloudformation-role-arn: arn:aws:iam::123456789012:role/my-app-cloudformation",
    ],
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
