import path from "node:path";
import { fileURLToPath } from "node:url";
import { readDeploySettings } from "../lib/deploy/inputs.js";
import { optionalInput, requiredInput } from "../lib/inputs.js";
import { promoteOnAws } from "../lib/promote/aws.js";
import { PromotionRefused } from "../lib/promote/check.js";
import {
  PROMOTE_ACTION_INPUTS,
  readPromoteRoute,
} from "../lib/promote/inputs.js";
import { parseDatabaseUrl } from "../lib/db/url.js";
import {
  actionsLogger,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** promote: read inputs, promote the version by its digest, set outputs and the summary. */
export async function main(): Promise<void> {
  const read = readActionInputs(PROMOTE_ACTION_INPUTS);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const route = readPromoteRoute(read, workspace);
  const settings = readDeploySettings(read, {
    actionDir: path.dirname(fileURLToPath(import.meta.url)),
    workspace,
  });
  const databaseUrl = parseDatabaseUrl(
    requiredInput(read, "database-url"),
    'input "database-url"',
  );
  const registry = {
    registryId: optionalInput(read, "registry-id"),
    region: optionalInput(read, "registry-region"),
    repository: optionalInput(read, "repository"),
  };
  try {
    const promoted = await promoteOnAws(route, {
      settings,
      databaseUrl,
      registry,
      logger: actionsLogger,
    });
    setOutputs({
      image: promoted.image ?? "",
      digest: promoted.digest,
      "version-url": promoted.deployed.versionUrl,
      url: promoted.deployed.url,
      metrics: promoted.metrics,
      // A worker version's places, for smoke-test (deploy-stack's outputs of the same names).
      bucket: promoted.deployed.places?.bucket ?? "",
      "input-stream": promoted.deployed.places?.inputStream ?? "",
      "output-stream": promoted.deployed.places?.outputStream ?? "",
    });
    await writeSummary(
      `## modelship promote ${route.version}: ${route.from} → ${route.to}\n\n` +
        `- digest \`${promoted.digest}\` (the one ${route.from} proved)\n- ${promoted.carried}\n- ${promoted.deployed.detail}\n`,
    );
  } catch (error) {
    if (error instanceof PromotionRefused)
      await writeSummary(
        `## modelship promote ${route.version}: refused\n\n> ${error.message}\n\nNothing was changed.\n`,
      );
    throw error;
  }
}
