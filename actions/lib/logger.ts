/**
 * The only way the core talks to the outside world about progress. Shells pass one backed by
 * `@actions/core`; the CLI passes one backed by the terminal; tests pass a recording one.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  /** Runs `fn` as one collapsible phase. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Where an annotation points, when it points at a file. */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
}

/** A logger that writes plain lines to the given streams (used by the CLI and in scripts). */
export function streamLogger(
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  options: { debug?: boolean } = {},
): Logger {
  const write = (stream: NodeJS.WritableStream, line: string) =>
    stream.write(`${line}\n`);
  return {
    debug: (m) => {
      if (options.debug) write(out, `debug: ${m}`);
    },
    info: (m) => write(out, m),
    warning: (m) => write(err, `warning: ${m}`),
    error: (m) => write(err, `error: ${m}`),
    async group(name, fn) {
      write(out, `▸ ${name}`);
      return fn();
    },
  };
}

/** One recorded log call. */
export interface LogEntry {
  level: "debug" | "info" | "warning" | "error" | "group";
  message: string;
  annotation?: Annotation;
}

/** A logger that keeps every line in memory, for tests and for building reports. */
export function memoryLogger(): Logger & {
  entries: LogEntry[];
  text(): string;
} {
  const entries: LogEntry[] = [];
  return {
    entries,
    text: () => entries.map((e) => `${e.level}: ${e.message}`).join("\n"),
    debug: (message) => entries.push({ level: "debug", message }),
    info: (message) => entries.push({ level: "info", message }),
    warning: (message, annotation) =>
      entries.push({ level: "warning", message, annotation }),
    error: (message, annotation) =>
      entries.push({ level: "error", message, annotation }),
    async group(name, fn) {
      entries.push({ level: "group", message: name });
      return fn();
    },
  };
}
