/**
 * Training CLI for the example model:
 * `npx tsx example-app/src/model/train.ts [--config F] [--out-dir D] [--metrics F]`.
 */
import { trainCli } from "./cli.js";

process.exitCode = trainCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
