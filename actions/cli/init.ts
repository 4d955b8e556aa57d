import path from "node:path";
import { fileURLToPath } from "node:url";
import { booleanInput, optionalInput } from "../lib/inputs.js";
import {
  applyInit,
  detectRepository,
  locateModelship,
  parseOwner,
  planInit,
  type FileOutcome,
  type ModelshipInstall,
} from "../lib/init/index.js";
import type { Logger } from "../lib/logger.js";
import type { Command } from "./command.js";

/** `modelship init`'s options, already parsed. */
export interface InitArgs {
  /** The repository to set up (default: the current directory). */
  dir: string;
  /** Publish owner for the `uses:` lines, for a fork or an internal mirror. */
  owner?: string;
  /** Overwrite files that differ. */
  force: boolean;
  /** Write modelship.yml (and the smoke-cases template) only, no workflows. */
  configOnly?: boolean;
}

/** Where this CLI runs from; tests point it at a checkout of their choosing. */
export interface InitEnvironment {
  install?: ModelshipInstall;
}

const LABELS: Record<FileOutcome["action"], string> = {
  created: "created    ",
  unchanged: "unchanged  ",
  differs: "differs    ",
  overwritten: "overwritten",
};

/**
 * `modelship init`: writes modelship.yml, a smoke-cases template and the workflows into `dir`.
 * Exit code 0 even when files differ: a differing file is one the user changed, which is normal
 * after the first run, so init shows the diff and how to overwrite instead of failing a script.
 */
export async function initCommand(
  args: InitArgs,
  logger: Logger,
  environment: InitEnvironment = {},
): Promise<number> {
  const install =
    environment.install ??
    locateModelship(path.dirname(fileURLToPath(import.meta.url)));
  const owner =
    args.owner === undefined ? install.source.owner : parseOwner(args.owner);
  const source = { ...install.source, owner };
  const detected = detectRepository(args.dir);
  if (!detected.isGitRepository)
    logger.warning(
      `${detected.dir} is not a git repository; writing the files anyway`,
    );
  const plan = planInit({
    detected,
    source,
    workflowsDir: path.join(install.root, "workflows"),
    configOnly: args.configOnly,
  });
  logger.info(
    `modelship init ${install.version}: ${detected.dir} (actions from ${source.owner}/${source.repo}@${source.ref})`,
  );
  const outcomes = applyInit(plan, { dir: detected.dir, force: args.force });
  for (const outcome of outcomes) {
    logger.info(
      `  ${LABELS[outcome.action]} ${outcome.path}${outcome.note ? ` (${outcome.note})` : ""}`,
    );
  }
  const differing = outcomes.filter((o) => o.action === "differs");
  for (const outcome of differing)
    if (outcome.diff) logger.info(`\n${outcome.diff}`);
  if (differing.length > 0) {
    logger.info(
      `\n${differing.length} file(s) differ from what init would write and were left alone; rerun with --force to overwrite them.`,
    );
  }
  logger.info(`\n${plan.nextSteps}`);
  return 0;
}

/** The `init` command of the CLI: `--dir`, `--owner`, `--force`, `--config-only`. */
export const initCliCommand: Command = {
  name: "init",
  summary:
    "set up a repository: modelship.yml, a smoke-cases template, the workflows",
  flags: [
    { name: "dir", default: ".", help: "the repository to set up" },
    {
      name: "owner",
      help: "GitHub owner the workflows' uses: lines point at (default: modelship's own)",
    },
    {
      name: "force",
      default: "false",
      switch: true,
      help: "overwrite files that differ",
    },
    {
      name: "config-only",
      default: "false",
      switch: true,
      help: "write modelship.yml and the smoke-cases template only",
    },
  ],
  run: ({ read }, logger) =>
    initCommand(
      {
        dir: path.resolve(read("dir")),
        owner: optionalInput(read, "owner"),
        force: booleanInput(read, "force", false),
        configOnly: booleanInput(read, "config-only", false),
      },
      logger,
    ),
};
