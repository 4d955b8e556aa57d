// The README's table of the gateway's flags, variables and defaults is the settings table's.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  GATEWAY_ENV,
  GATEWAY_FLAGS,
} from "../../actions/lib/gateway/settings.js";
import { ROOT } from "../helpers/run-bundle.js";

const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const ROWS = README.split("\n").filter((line) =>
  /^\| `--[a-z-]+` \| `/.test(line),
);

it("lists every flag with its variable and default, and nothing else", () => {
  // --config names the file the other settings may come from: it has no variable.
  const withVariables = GATEWAY_FLAGS.filter((flag) => flag.name !== "config");
  const expected = withVariables.map(
    (flag) =>
      `| \`--${flag.name}\` | \`${GATEWAY_ENV[flag.name]}\` | ${flag.default ? `\`${flag.default}\`` : ""} |`,
  );
  expect(ROWS).toEqual(expected);
});
