// The gateway sidecar in version.yml: present only with GatewayImageUri, on the load balancer's
// port in front of the model, configured through variables the gateway actually reads.
import { readFileSync } from "node:fs";
import {
  parseTemplate,
  type CfnValue,
} from "../../actions/lib/deploy/cfn-yaml.js";
import { GATEWAY_IN_FRONT_ENV } from "../../actions/lib/gateway/contract.js";
import { GATEWAY_ENV } from "../../actions/lib/gateway/settings.js";

type Obj = Record<string, CfnValue>;
const template = parseTemplate(
  readFileSync(
    new URL("../../stack-templates/version.yml", import.meta.url),
    "utf8",
  ),
).value as Obj;
const resources = template.Resources as Obj;
const task = (resources.TaskDefinition as Obj).Properties as Obj;
const [model, sidecar] = task.ContainerDefinitions as Obj[];
const [condition, gateway, otherwise] = (sidecar as Obj)["Fn::If"] as [
  string,
  Obj,
  CfnValue,
];
const envOf = (container: Obj) =>
  Object.fromEntries(
    (container.Environment as Obj[]).map((e) => [e.Name as string, e.Value]),
  );

it("adds the sidecar only when GatewayImageUri is set", () => {
  expect(condition).toBe("HasGateway");
  expect(otherwise).toEqual({ Ref: "AWS::NoValue" });
  expect((template.Conditions as Obj).HasGateway).toEqual({
    "Fn::Not": [{ "Fn::Equals": [{ Ref: "GatewayImageUri" }, ""] }],
  });
  expect((template.Parameters as Obj).GatewayImageUri).toMatchObject({
    Default: "",
  });
});

it("puts the gateway on the load balancer's port and the model behind it on ModelPort", () => {
  expect(gateway.Image).toEqual({ Ref: "GatewayImageUri" });
  expect(gateway.PortMappings).toEqual([
    { ContainerPort: { Ref: "ContainerPort" }, Protocol: "tcp" },
  ]);
  const modelPort = {
    "Fn::If": ["HasGateway", { Ref: "ModelPort" }, { Ref: "ContainerPort" }],
  };
  expect(envOf(model as Obj).PORT).toEqual(modelPort);
  // A model that logs by itself leaves it to the gateway (one row per prediction).
  expect(envOf(model as Obj)[GATEWAY_IN_FRONT_ENV]).toEqual({
    "Fn::If": ["HasGateway", "true", "false"],
  });
  expect(envOf(gateway).MODELSHIP_UPSTREAM).toEqual({
    "Fn::Sub": "http://127.0.0.1:${ModelPort}",
  });
  const service = (resources.Service as Obj).Properties as Obj;
  expect((service.LoadBalancers as Obj[])[0]).toEqual({
    ContainerName: { "Fn::If": ["HasGateway", "gateway", "model"] },
    ContainerPort: { Ref: "ContainerPort" },
    TargetGroupArn: { Ref: "TargetGroup" },
  });
  // Started after the model, so ECS stops it first and it drains while the model still answers.
  expect(gateway.DependsOn).toEqual([
    { ContainerName: "model", Condition: "START" },
  ]);
});

it("configures it only through variables the gateway reads, DATABASE_URL as a secret", () => {
  const known = new Set(Object.values(GATEWAY_ENV));
  const env = envOf(gateway);
  expect(Object.keys(env).filter((name) => !known.has(name))).toEqual([]);
  expect(env.DATABASE_URL).toBeUndefined();
  expect(gateway.Secrets).toEqual([
    { Name: "DATABASE_URL", ValueFrom: { Ref: "DatabaseUrlSecretArn" } },
  ]);
  expect(env.MODELSHIP_READY_PATH).toEqual({ Ref: "HealthCheckPath" });
});
