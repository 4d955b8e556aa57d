import * as core from "@actions/core";
import { buildPush } from "../lib/image/build-push.js";
import { parseBuildPushInputs } from "../lib/image/inputs.js";
import { buildPushSummary } from "../lib/image/summary.js";
import {
  actionInputs,
  actionsLogger,
  actionsRunner,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** build-push: read inputs, build and push, set outputs and the summary. */
export async function main(): Promise<void> {
  const password = core.getInput("registry-password");
  if (password) core.setSecret(password);
  const options = parseBuildPushInputs(actionInputs, process.env);
  const result = await buildPush(options, {
    run: actionsRunner,
    logger: actionsLogger,
    mask: (secret) => core.setSecret(secret),
  });
  setOutputs({
    image: result.image,
    digest: result.digest ?? "",
    "image-ref": result.imageRef ?? "",
    pushed: result.pushed,
    "image-id": result.imageId,
  });
  await writeSummary(buildPushSummary(result));
}
