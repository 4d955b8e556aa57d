/**
 * Before a new version is deployed, its load balancer must have room for one more listener rule
 * and one more target group; a full one fails at once with what to do, before any change set.
 */
import { ConfigurationError } from "../../actions/lib/errors.js";
import {
  checkAlbRoom,
  checkRoomForVersion,
} from "../../actions/lib/deploy/quotas.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import { LOAD_BALANCER_ARN as LB } from "../helpers/fake-aws/index.js";
import { deployFixture, deployRequest } from "./fixture.js";

const usage = (
  rules: number,
  targetGroups: number,
  limits: [string, number][] = [],
) => ({
  loadBalancerArn: LB,
  rules,
  targetGroups,
  limits: new Map(limits),
});

describe("checkAlbRoom", () => {
  it.each([
    ["empty", usage(0, 0), undefined],
    ["one below both limits", usage(99, 99), undefined],
    [
      "rules full",
      usage(100, 50),
      /already has 100 of 100 listener rules \(rules-per-application-load-balancer\)/,
    ],
    [
      "target groups full",
      usage(50, 100),
      /already has 100 of 100 target groups/,
    ],
    [
      "both full",
      usage(100, 100),
      /100 of 100 listener rules .* and 100 of 100 target groups/,
    ],
    [
      "raised limits",
      usage(100, 100, [
        ["rules-per-application-load-balancer", 200],
        ["target-groups-per-application-load-balancer", 150],
      ]),
      undefined,
    ],
    [
      "a lowered limit",
      usage(10, 3, [["rules-per-application-load-balancer", 10]]),
      /10 of 10 listener rules/,
    ],
  ])("%s", (_name, given, error) => {
    if (error) {
      expect(() => checkAlbRoom(given, 3)).toThrow(ConfigurationError);
      expect(() => checkAlbRoom(given, 3)).toThrow(error);
      expect(() => checkAlbRoom(given, 3)).toThrow(
        /lower "keep-versions" \(now 3/,
      );
    } else expect(() => checkAlbRoom(given, 3)).not.toThrow();
  });
});

/**
 * A shared stack whose load balancer has two listeners, `rules` rules and `targetGroups` target
 * groups made outside our stacks, AWS's default limits (100 of each), and listings in pages of 10.
 */
function fullWorld(
  rules: number,
  targetGroups: number,
  versions: string[] = [],
) {
  const { aws, deploy } = deployFixture({
    https: true,
    takenPriorities: Array.from({ length: rules }, (_, i) => i + 1),
    otherTargetGroups: targetGroups,
    pageSize: 10,
    versions,
  });
  const check = () =>
    checkRoomForVersion(
      deployRequest({ version: "new", image: "repo:new" }),
      aws.clients,
      memoryLogger(),
    );
  return { aws, deploy, check };
}

describe("the room check before a deploy", () => {
  it("fails a new version on a load balancer with 100 rules, before any change set", async () => {
    const { aws, deploy, check } = fullWorld(100, 40);
    await expect(check()).rejects.toThrow(ConfigurationError);
    await expect(
      deploy.version({ version: "new", image: "repo:new" }),
    ).rejects.toThrow(
      `load balancer ${LB} already has 100 of 100 listener rules`,
    );
    expect(aws.actions()).not.toContain("CreateChangeSet");
    // 101 rules on the HTTP listener (the default too) in pages of 10, then the HTTPS one's.
    expect(aws.inputsOf("DescribeRules").length).toBeGreaterThan(10);
  });

  it("fails on 100 target groups too, and passes with room", async () => {
    await expect(fullWorld(5, 100).check()).rejects.toThrow(
      /100 of 100 target groups/,
    );
    await expect(fullWorld(99, 99).check()).resolves.toBeUndefined();
  });

  it("lets an update of an existing version through: it adds nothing", async () => {
    const { aws, check } = fullWorld(100, 100, ["new"]);
    await expect(check()).resolves.toBeUndefined();
    expect(aws.actions()).not.toContain("DescribeRules");
  });
});
