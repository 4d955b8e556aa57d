import fc from "fast-check";
import type {
  Action,
  ModifyListenerCommandInput,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { ConfigurationError } from "../../actions/lib/errors.js";
import { memoryLogger } from "../../actions/lib/logger.js";
import {
  listenerTraffic,
  setListenerTraffic,
} from "../../actions/lib/aws/listener.js";
import {
  canaryTraffic,
  formatTraffic,
  parseTraffic,
  parseTrafficSplit,
} from "../../actions/lib/deploy/traffic.js";
import {
  awsError,
  fakeAws,
  LISTENER_ARN as LISTENER,
} from "../helpers/fake-aws/index.js";

describe("parseTraffic", () => {
  it.each([
    ["", "v4", "v4=100"],
    ["  ", "v4", "v4=100"],
    ["v3=90,v4=10", "v4", "v3=90,v4=10"],
    ["v3=90, v4=10", "v4", "v3=90,v4=10"],
    ["v3=90\nv4=10", "v4", "v3=90,v4=10"],
    ["a=50,b=50", "b", "a=50,b=50"],
    ["v3=100,v4=0", "v4", "v3=100,v4=0"],
    ["v1.2=100", "v2", "v1.2=100"],
    ["a=20,b=20,c=20,d=20,e=20", "e", "a=20,b=20,c=20,d=20,e=20"],
  ])("%j (new %s) → %s", (raw, newVersion, expected) => {
    expect(formatTraffic(parseTraffic(raw, newVersion))).toBe(expected);
  });

  it.each([
    ["v3", /"v3" is not of the form version=weight/],
    ["v3=", /"v3=" is not of the form version=weight/],
    ["=100", /"=100" is not of the form version=weight/],
    ["v3=5=5", /not of the form version=weight/],
    ["v3=90;v4=10", /weight "90;v4" in "v3=90;v4=10"|not of the form/],
    ["v3=ninety,v4=10", /weight "ninety" .* whole number from 0 to 100/],
    ["v3=50.5,v4=49.5", /weight "50.5" .* whole number/],
    ["v3=-10,v4=110", /weight "-10"/],
    ["v3=101", /weight "101" .* from 0 to 100/],
    ["v3=60,v4=30", /add up to 90, they must add up to 100/],
    ["v3=60,v4=60", /add up to 120/],
    ["v3=50,v3=50", /version "v3" is given twice/],
    ["V3=100", /bad version: version "V3" is not allowed.*try "v3"/],
    ["v1;drop=100", /bad version: version "v1;drop" is not allowed/],
    ["a=10,b=10,c=10,d=10,e=10,f=50", /6 versions .* at most 5/],
  ])("rejects %j", (raw, message) => {
    expect(() => parseTraffic(raw, "v4")).toThrow(ConfigurationError);
    expect(() => parseTraffic(raw, "v4")).toThrow(message);
  });

  it.each([
    ["v3=100,v4=shadow", "v3=100,v4=shadow", ["v4"]],
    ["v3=90,v5=10,v4=shadow", "v3=90,v5=10,v4=shadow", ["v4"]],
    ["v4=shadow,v3=100,v6=shadow", "v4=shadow,v3=100,v6=shadow", ["v4", "v6"]],
  ])("%j has shadows", (raw, expected, shadows) => {
    const split = parseTrafficSplit(raw, "v4");
    expect(formatTraffic(split.weights, split.shadows)).toBe(expected);
    expect([...split.shadows]).toEqual(shadows);
    for (const shadow of shadows) expect(split.weights.get(shadow)).toBe(0);
  });

  it.each([
    ["v4=shadow", /names only shadows: some version must serve/],
    ["v3=90,v4=shadow", /add up to 90/],
    ["v3=100,v4=Shadow", /weight "Shadow"/],
    ["v3=100,v4=shadow,v4=shadow", /version "v4" is given twice/],
  ])("rejects the shadow split %j", (raw, message) => {
    expect(() => parseTrafficSplit(raw, "v4")).toThrow(message);
  });

  it("checks the new version when it gets everything by default", () => {
    expect(() => parseTraffic("", "v4;x")).toThrow(/not allowed/);
  });
});

describe("listener traffic", () => {
  it("sets A=50,B=50 as one weighted forward default action", async () => {
    const aws = fakeAws();
    const logger = memoryLogger();
    await setListenerTraffic({
      elb: aws.clients.elb,
      listenerArn: LISTENER,
      targets: [
        { targetGroupArn: "arn:tg/a", weight: 50 },
        { targetGroupArn: "arn:tg/b", weight: 50 },
      ],
      logger,
    });
    expect(aws.inputsOf<ModifyListenerCommandInput>("ModifyListener")).toEqual([
      {
        ListenerArn: LISTENER,
        DefaultActions: [
          {
            Type: "forward",
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: "arn:tg/a", Weight: 50 },
                { TargetGroupArn: "arn:tg/b", Weight: 50 },
              ],
              TargetGroupStickinessConfig: { Enabled: false },
            },
          },
        ],
      },
    ]);
    expect(logger.text()).toContain("traffic: 50% → arn:tg/b");
  });

  it("refuses more than five target groups before calling AWS", async () => {
    const aws = fakeAws();
    const targets = Array.from({ length: 6 }, (_, i) => ({
      targetGroupArn: `arn:tg/${i}`,
      weight: i === 0 ? 100 : 0,
    }));
    await expect(
      setListenerTraffic({
        elb: aws.clients.elb,
        listenerArn: LISTENER,
        targets,
        logger: memoryLogger(),
      }),
    ).rejects.toThrow(/1 to 5 target groups, got 6/);
    expect(aws.requests).toHaveLength(0);
  });

  it("names the call and the listener when ModifyListener fails", async () => {
    const aws = fakeAws().before("ModifyListener", () => {
      throw awsError(
        "TargetGroupNotFoundException",
        "Target group 'arn:tg/x' not found",
      );
    });
    await expect(
      setListenerTraffic({
        elb: aws.clients.elb,
        listenerArn: LISTENER,
        targets: [{ targetGroupArn: "arn:tg/x", weight: 100 }],
        logger: memoryLogger(),
      }),
    ).rejects.toThrow(
      `ModifyListener on listener ${LISTENER} failed: Target group 'arn:tg/x' not found`,
    );
  });

  it.each([
    [
      "weighted forward",
      {
        Type: "forward",
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: "arn:tg/a", Weight: 90 },
            { TargetGroupArn: "arn:tg/b", Weight: 10 },
          ],
        },
      },
      [
        { targetGroupArn: "arn:tg/a", weight: 90 },
        { targetGroupArn: "arn:tg/b", weight: 10 },
      ],
    ],
    [
      "plain forward",
      { Type: "forward", TargetGroupArn: "arn:tg/a" },
      [{ targetGroupArn: "arn:tg/a", weight: 100 }],
    ],
    [
      "fixed response",
      { Type: "fixed-response", FixedResponseConfig: { StatusCode: "404" } },
      [],
    ],
  ])("reads the current split from a %s", async (_name, action, expected) => {
    const aws = fakeAws();
    aws.listeners.set(LISTENER, [action as Action]);
    await expect(
      listenerTraffic({ elb: aws.clients.elb, listenerArn: LISTENER }),
    ).resolves.toEqual(expected);
    expect(aws.inputsOf("DescribeListeners")).toEqual([
      { ListenerArns: [LISTENER] },
    ]);
  });
});

describe("canaryTraffic", () => {
  it.each([
    [{}, "b", 10, { b: 100 }],
    [{ a: 100 }, "b", 10, { b: 10, a: 90 }],
    [{ a: 50, c: 50 }, "b", 10, { b: 10, a: 45, c: 45 }],
    [{ a: 70, c: 30 }, "b", 25, { b: 25, a: 53, c: 22 }],
    [{ a: 1, c: 2 }, "b", 99, { b: 99, a: 0, c: 1 }],
    [{ b: 100 }, "b", 10, { b: 100 }],
    [{ a: 0, c: 100 }, "b", 20, { b: 20, c: 80 }],
  ])(
    "%j + %s at %i%% gives %j, always summing to 100",
    (current, version, canary, expected) => {
      const split = canaryTraffic(
        new Map(Object.entries(current)),
        version,
        canary,
      );
      expect(Object.fromEntries(split)).toEqual(expected);
      expect([...split.values()].reduce((a, b) => a + b, 0)).toBe(100);
    },
  );

  it("refuses a sixth weighted version", () => {
    const five = new Map(["a", "c", "d", "e", "f"].map((v) => [v, 20]));
    expect(() => canaryTraffic(five, "b", 10)).toThrow(
      /more than 5: revert one first/,
    );
  });
});

describe("canaryTraffic (property-based)", () => {
  const splits = fc
    .uniqueArray(fc.integer({ min: 1, max: 100 }), {
      minLength: 0,
      maxLength: 4,
    })
    .chain((keys) =>
      fc.tuple(
        fc.constant(keys.map((k) => `v${k}`)),
        fc.array(fc.integer({ min: 0, max: 100 }), {
          minLength: keys.length,
          maxLength: keys.length,
        }),
      ),
    );

  it("always gives whole weights from 0 to 100 that sum to 100, with the canary's share exact", () => {
    fc.assert(
      fc.property(
        splits,
        fc.integer({ min: 1, max: 100 }),
        ([versions, weights], canary) => {
          const current = new Map(versions.map((v, i) => [v, weights[i] ?? 0]));
          const next = canaryTraffic(current, "new", canary);
          const values = [...next.values()];
          expect(
            values.every((w) => Number.isInteger(w) && w >= 0 && w <= 100),
          ).toBe(true);
          expect(values.reduce((a, b) => a + b, 0)).toBe(100);
          const serving = [...current.values()].some((w) => w > 0);
          expect(next.get("new")).toBe(serving ? canary : 100);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps the serving versions' proportions within one point", () => {
    fc.assert(
      fc.property(
        splits,
        fc.integer({ min: 1, max: 99 }),
        ([versions, weights], canary) => {
          const current = new Map(versions.map((v, i) => [v, weights[i] ?? 0]));
          const total = [...current.values()].reduce((a, b) => a + b, 0);
          if (total === 0) return;
          const next = canaryTraffic(current, "new", canary);
          for (const [v, w] of current) {
            if (w === 0) continue;
            const exact = ((100 - canary) * w) / total;
            expect(Math.abs((next.get(v) ?? 0) - exact)).toBeLessThan(1);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("gives four versions at 25% each and a canary of 98 no negative weight", () => {
    const current = new Map([
      ["v1", 25],
      ["v2", 25],
      ["v3", 25],
      ["v4", 25],
    ]);
    expect(Object.fromEntries(canaryTraffic(current, "v5", 98))).toEqual({
      v5: 98,
      v1: 1,
      v2: 1,
      v3: 0,
      v4: 0,
    });
  });
});
