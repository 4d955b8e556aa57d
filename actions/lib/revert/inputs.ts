/** The revert action's inputs: names (as in action.yml), parsing and the job summary. */
import { ConfigurationError } from "../errors.js";
import {
  booleanInput,
  optionalInput,
  requiredInput,
  type InputSource,
} from "../inputs.js";
import type { RevertResult, RevertStep } from "./core.js";
import { parseAppName, parseVersion } from "../version.js";

/** Input names, exactly as in actions/revert/action.yml. */
export const REVERT_INPUTS = {
  version: "version",
  app: "app",
  repository: "repository",
  toVersion: "to-version",
  dropData: "drop-data",
  databaseUrl: "database-url",
  force: "force",
} as const;

/** Validated inputs of revert. */
export interface RevertInputs {
  app: string;
  version: string;
  repository?: string;
  toVersion?: string;
  dropData: boolean;
  force: boolean;
  /** Secret: never print it. */
  databaseUrl?: string;
}

// ECR's own rule for repository names (namespaces separated by '/').
const REPOSITORY =
  /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** Validates an ECR repository name. */
export function parseRepository(raw: string): string {
  if (raw.length < 2 || raw.length > 256 || !REPOSITORY.test(raw)) {
    throw new ConfigurationError(
      `repository ${JSON.stringify(raw)} is not a valid ECR repository name: lowercase letters, ` +
        `digits, and '.', '_', '-' or '/' between them (2 to 256 characters)`,
    );
  }
  return raw;
}

/** Checks a Postgres URL without ever echoing it (it usually holds a password). */
export function parseDatabaseUrl(raw: string, what: string): string {
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    throw new ConfigurationError(
      `${what} is not a URL (value hidden): use postgres://user:password@host:5432/db`,
    );
  }
  if (protocol !== "postgres:" && protocol !== "postgresql:") {
    throw new ConfigurationError(
      `${what} must start with postgres:// or postgresql://, got "${protocol}//…" (rest hidden)`,
    );
  }
  return raw;
}

/** Reads and validates every input; throws ConfigurationError before anything is touched. */
export function parseRevertInputs(read: InputSource): RevertInputs {
  const I = REVERT_INPUTS;
  const version = parseVersion(requiredInput(read, I.version)).version;
  const app = parseAppName(optionalInput(read, I.app) ?? "modelship");
  const toRaw = optionalInput(read, I.toVersion);
  const toVersion =
    toRaw === undefined ? undefined : parseVersion(toRaw).version;
  if (toVersion === version) {
    throw new ConfigurationError(
      `input "${I.toVersion}" is "${toVersion}", the version being reverted: name another one`,
    );
  }
  const repoRaw = optionalInput(read, I.repository);
  const urlRaw = optionalInput(read, I.databaseUrl);
  return {
    app,
    version,
    repository: repoRaw === undefined ? undefined : parseRepository(repoRaw),
    toVersion,
    dropData: booleanInput(read, I.dropData, false),
    force: booleanInput(read, I.force, false),
    databaseUrl:
      urlRaw === undefined
        ? undefined
        : parseDatabaseUrl(urlRaw, `input "${I.databaseUrl}"`),
  };
}

const ICON: Record<RevertStep["outcome"], string> = {
  done: "✅",
  "no-op": "➖",
  skipped: "⏭️",
  failed: "❌",
};

const cell = (text: string) =>
  text.replaceAll("|", "\\|").replaceAll("\n", " ");

function headline(result: RevertResult | undefined): string {
  if (!result)
    return "**Revert failed** at the step marked ❌; running it again resumes from there.";
  if (!result.reverted) return "Nothing to do: already reverted (second run).";
  return result.toVersion
    ? `Reverted; all traffic to \`${result.toVersion}\`.`
    : "Reverted.";
}

/** The job summary: one row per step, then the traffic split and the archived tables. */
export function revertSummary(
  version: string,
  steps: RevertStep[],
  result?: RevertResult,
): string {
  const lines = [
    `## modelship revert: \`${version}\``,
    "",
    headline(result),
    "",
    "| Step | Outcome | Detail |",
    "| --- | --- | --- |",
    ...steps.map(
      (s, i) =>
        `| ${i + 1}. ${s.step} | ${ICON[s.outcome]} ${s.outcome} | ${cell(s.detail)} |`,
    ),
  ];
  if (result) {
    lines.push("", `Traffic: \`${JSON.stringify(result.traffic)}\``);
    if (result.archivedTables.length > 0)
      lines.push(
        `Archived tables: ${result.archivedTables.map((t) => `\`${t}\``).join(", ")}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
