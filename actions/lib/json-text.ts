import { ConfigurationError, errorMessage } from "./errors.js";

/**
 * JSON.parse for text a user gave us. On a syntax error the message names `source` and the
 * position only: V8's own message quotes the text around the error, and a file's contents
 * (a secret, `/etc/shadow` given by mistake) must never reach a log.
 */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(errorMessage(error))?.[1];
    throw new ConfigurationError(
      `${source}: not valid JSON${at === undefined ? "" : ` (error at position ${at})`}`,
    );
  }
}
