/**
 * `modelship promote VERSION --to ENV [--from ENV]`: deploy the version the previous environment
 * runs, by its recorded digest, then smoke-test it and shift the target's traffic. Never trains
 * or builds. Local target: the environments are separate apps on the one local PostgreSQL.
 */
import { KIND_INPUT } from "../lib/deploy/kind.js";
import { ConfigurationError } from "../lib/errors.js";
import type { InputTable } from "../lib/input-table.js";
import { withStateLock } from "../lib/local/lock.js";
import { terminalProgress } from "../lib/pipeline/stages.js";
import { PROMOTE_INPUTS, readPromoteInputs } from "../lib/promote/inputs.js";
import { runPromotion } from "../lib/promote/run.js";
import { type Command } from "./command.js";
import { choice, stateDirOf } from "./local-state.js";
import {
  LOCAL_PIPELINE_FLAGS,
  localPipelineTarget,
} from "./pipeline-command.js";
import { BUILD_SETTINGS_INPUTS } from "../lib/image/inputs.js";

/** The local target's flags; the build settings only name the (unused) build context. */
const PROMOTE_FLAGS: InputTable = [
  ...PROMOTE_INPUTS,
  KIND_INPUT,
  ...BUILD_SETTINGS_INPUTS.filter((spec) =>
    ["context", "dockerfile", "build-args", "prepare"].includes(spec.name),
  ),
  ...LOCAL_PIPELINE_FLAGS.filter((spec) => spec.name !== "build"),
];

export const promoteCommand: Command = {
  name: "promote",
  summary:
    "deploy to the next environment the version the previous one proved (same digest; no rebuild)",
  positional: { name: "VERSION", flag: "version" },
  flags: PROMOTE_FLAGS,
  async run({ read }, logger) {
    const root = process.cwd();
    const inputs = readPromoteInputs(read, root);
    if (choice(read, "target", ["local", "aws"]) === "aws")
      throw new ConfigurationError(
        "modelship promote --target aws: promote on AWS with the promote action (workflows/promote.yml); the CLI promotes on the local target",
      );
    const stateDir = stateDirOf(read, root);
    const target = localPipelineTarget(
      (name) => (name === "build" ? "never" : read(name)),
      { app: inputs.app, environment: inputs.to, root, stateDir, logger },
    );
    logger.info(
      `modelship promote: ${inputs.app} ${inputs.version} ${inputs.from} → ${inputs.to}`,
    );
    const result = await withStateLock(stateDir, logger, async () =>
      runPromotion({
        ...inputs,
        databaseUrl: (await target.databaseUrl()) as string,
        target,
        logger,
        progress: terminalProgress(
          process.stdout,
          Boolean(process.stdout.isTTY),
        ),
      }),
    );
    if (result.refused) {
      logger.error(result.refused);
      logger.info(`nothing was changed in ${inputs.to} or ${inputs.from}`);
      return 1;
    }
    process.stdout.write(`\n${result.report}\n`);
    return result.passed ? 0 : 1;
  },
};
