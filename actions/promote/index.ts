import { runAction } from "../shell/index.js";
import { main } from "./main.js";

await runAction("promote", main);
