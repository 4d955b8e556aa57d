/** Inputs that several actions share, defined once so their names, defaults and checks agree. */
import type { InputSpec } from "./input-table.js";

/** The app name when neither an input nor modelship.yml gives one. */
export const DEFAULT_APP = "modelship";

/** The longest timer Node keeps: 2^31-1 ms (about 24.8 days). Longer ones fire after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** `app`: the prefix of every stack; modelship.yml's top-level `app`. */
export const APP_INPUT: InputSpec = {
  name: "app",
  default: DEFAULT_APP,
  config: "app",
  help: "app name, the prefix of every stack",
};

/** `database-url`: the deployments registry and prediction logs (a secret). */
export const DATABASE_URL_INPUT: InputSpec = {
  name: "database-url",
  secret: true,
  help: "postgres:// URL of the deployments registry (a secret)",
};

/** `config`: where modelship.yml is. */
export const CONFIG_INPUT: InputSpec = {
  name: "config",
  help: "path of modelship.yml (default ./modelship.yml)",
};
