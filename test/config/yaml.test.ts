import { parseRepositoryConfig } from "../../actions/lib/config/index.js";
import { ConfigurationError } from "../../actions/lib/errors.js";

function parse(text: string) {
  return parseRepositoryConfig(text, "modelship.yml");
}

function ourError(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigurationError");
}

describe("parseRepositoryConfig: what YAML itself rejects", () => {
  it.each([
    [
      "a duplicate key",
      "app: a\napp: b\n",
      "modelship.yml:2: not valid YAML: Map keys must be unique",
    ],
    [
      "two documents",
      "app: a\n---\napp: b\n",
      "modelship.yml:2: not valid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()",
    ],
    [
      "a bad indent",
      "train:\n  command: a\n    b: c\n",
      "modelship.yml:2: not valid YAML: Nested mappings are not allowed in compact mappings",
    ],
  ])("%s", (_name, text, message) => {
    expect(ourError(text).split("\n")[0]).toBe(message);
  });

  it("cuts a parser message that quotes the source", () => {
    const message = ourError(`app: x\n]${"s".repeat(300)}\n`);
    expect(message.split("\n")[0]!.length).toBeLessThan(160);
    expect(message).toMatch(/^modelship\.yml:2: not valid YAML: /);
  });

  it("refuses deep flow nesting before the YAML parser sees it", () => {
    const started = Date.now();
    expect(ourError(`app: x\nx: ${"[".repeat(200_000)}`)).toBe(
      "modelship.yml:2: nesting is deeper than 32 levels",
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("does not count brackets in quotes or comments, nor an apostrophe as a quote", () => {
    const text = [
      `train:`,
      `  command: "echo ${"[".repeat(40)}" # ${"{".repeat(40)}`,
      `service:`,
      `  start: it's ${"x".repeat(3)}`,
    ].join("\n");
    expect(parse(text).service?.start).toBe("it's xxx");
    expect(ourError(`app: it's\nx: ${"[".repeat(40)}`)).toContain(
      "modelship.yml:2: nesting is deeper than 32 levels",
    );
  });
});
