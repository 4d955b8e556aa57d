// Every version template runs its containers in the environment deploy-stack names: an
// EnvironmentName parameter by version.ts's rule, and the containers that log or read rows get it
// (MODELSHIP_ENVIRONMENT) with the app itself, while AppName is the app in its environment.
import { ENVIRONMENT_PATTERN } from "../../actions/lib/version.js";
import { loadTemplate } from "./templates.js";

interface Container {
  Name: string;
  Command?: unknown[];
  Environment?: { Name: string; Value: unknown }[];
}

const PLAIN_APP = {
  "Fn::Select": [0, { "Fn::Split": ["--", { Ref: "AppName" }] }],
};

function containersOf(name: string): Container[] {
  const resources = loadTemplate(name).Resources as Record<
    string,
    { Type: string; Properties: { ContainerDefinitions?: unknown[] } }
  >;
  const task = Object.values(resources).find(
    (r) => r.Type === "AWS::ECS::TaskDefinition",
  );
  // version.yml's gateway sidecar is behind an Fn::If: its "then" branch is the container.
  return (task?.Properties.ContainerDefinitions ?? []).map((c) => {
    const wrapped = c as { "Fn::If"?: [string, Container, unknown] };
    return wrapped["Fn::If"] ? wrapped["Fn::If"][1] : (c as Container);
  });
}

const envOf = (container: Container | undefined, variable: string) =>
  container?.Environment?.find((e) => e.Name === variable)?.Value;

describe.each(["version.yml", "batch.yml", "stream.yml"])(
  "%s takes the environment",
  (name) => {
    it("declares EnvironmentName by version.ts's rule, default production", () => {
      const parameters = loadTemplate(name).Parameters as Record<
        string,
        { Default?: string; AllowedPattern?: string; MaxLength?: number }
      >;
      expect(parameters.EnvironmentName).toMatchObject({
        Default: "production",
        AllowedPattern: ENVIRONMENT_PATTERN.source,
        MaxLength: 16,
      });
    });
  },
);

describe("the containers that log or read rows get the environment and the app itself", () => {
  it("version.yml: the model and the gateway", () => {
    const [model, gateway] = containersOf("version.yml");
    expect(envOf(model, "MODELSHIP_ENVIRONMENT")).toEqual({
      Ref: "EnvironmentName",
    });
    expect(gateway?.Name).toBe("gateway");
    expect(envOf(gateway, "MODELSHIP_ENVIRONMENT")).toEqual({
      Ref: "EnvironmentName",
    });
    expect(envOf(gateway, "MODELSHIP_APP")).toEqual(PLAIN_APP);
  });

  it("batch.yml: the worker", () => {
    const worker = containersOf("batch.yml").find((c) => c.Name === "worker");
    expect(envOf(worker, "MODELSHIP_ENVIRONMENT")).toEqual({
      Ref: "EnvironmentName",
    });
    expect(envOf(worker, "APP_NAME")).toEqual(PLAIN_APP);
  });

  it("stream.yml: the stream worker", () => {
    const worker = containersOf("stream.yml").find(
      (c) => c.Name === "stream-worker",
    );
    expect(envOf(worker, "MODELSHIP_ENVIRONMENT")).toEqual({
      Ref: "EnvironmentName",
    });
    const command = worker?.Command ?? [];
    expect(command[command.indexOf("--app") + 1]).toEqual(PLAIN_APP);
  });
});
