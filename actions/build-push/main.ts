import * as core from "@actions/core";
import { buildPush } from "../lib/image/build-push.js";
import { BUILD_PUSH_INPUTS, readBuildPushInputs } from "../lib/image/inputs.js";
import { buildPushSummary } from "../lib/image/summary.js";
import {
  readActionInputs,
  actionsLogger,
  actionsRunner,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** build-push: read inputs, build and push, set outputs and the summary. */
export async function main(): Promise<void> {
  const options = readBuildPushInputs(
    readActionInputs(BUILD_PUSH_INPUTS),
    process.env,
  );
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
    "gateway-image": result.gatewayImage ?? "",
  });
  await writeSummary(buildPushSummary(result));
}
