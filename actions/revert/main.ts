import { revertOnAws } from "../lib/revert/aws.js";
import { errorMessage } from "../lib/errors.js";
import { REVERT_INPUTS, readRevertInputs } from "../lib/revert/inputs.js";
import { revertSummary } from "../lib/revert/summary.js";
import { RevertError } from "../lib/revert/core.js";
import {
  actionsLogger,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** revert: read inputs, take the version out, set outputs and the summary. */
export async function main(): Promise<void> {
  const inputs = readRevertInputs(readActionInputs(REVERT_INPUTS));
  try {
    const result = await revertOnAws(inputs, actionsLogger);
    setOutputs({
      reverted: result.reverted,
      traffic: result.traffic,
      "archived-tables": result.archivedTables,
    });
    await writeSummary(
      revertSummary(inputs.version.version, result.steps, result),
    );
  } catch (error) {
    const steps = error instanceof RevertError ? error.steps : [];
    setOutputs({ reverted: false });
    await writeSummary(
      `${revertSummary(inputs.version.version, steps)}\n> ${errorMessage(error)}\n`,
    );
    throw error;
  }
}
