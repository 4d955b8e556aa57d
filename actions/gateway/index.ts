#!/usr/bin/env node
// The gateway image's entry: `modelship gateway` alone, so the image carries no AWS SDK.
import { runGateway } from "../cli/gateway-command.js";

process.exitCode = await runGateway(process.argv.slice(2));
