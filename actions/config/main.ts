import { loadRepositoryConfig } from "../lib/config/load.js";
import { CONFIG_ACTION_INPUTS, configOutputs } from "../lib/config/summary.js";
import { optionalInput } from "../lib/inputs.js";
import {
  actionsLogger,
  readActionInputs,
  setOutputs,
  writeSummary,
} from "../shell/index.js";

/** config: read and validate modelship.yml once, and expose what the workflow needs. */
export async function main(): Promise<void> {
  const read = readActionInputs(CONFIG_ACTION_INPUTS);
  const loaded = await loadRepositoryConfig({
    file: optionalInput(read, "config"),
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  });
  const outputs = configOutputs(loaded.config);
  actionsLogger.info(
    loaded.file
      ? `read ${loaded.file}: app ${outputs.app}, region ${outputs["aws-region"]}, kind ${outputs["deploy-kind"]}`
      : `no modelship.yml: the built-in defaults apply (app ${outputs.app})`,
  );
  setOutputs({ ...outputs });
  await writeSummary(
    `### modelship config\n\n\`${loaded.file ?? "(none: defaults)"}\`: app \`${outputs.app}\`, region \`${outputs["aws-region"]}\`, kind \`${outputs["deploy-kind"]}\`\n`,
  );
}
