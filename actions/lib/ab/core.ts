/**
 * `modelship ab`: reads each version's outcomes and latency, judges the rules with confidence
 * intervals, and waits for more observations while a rule is open — until a rule fails, every rule
 * passes, or `maxWaitSeconds` runs out; then `onInsufficient` decides, and the result says so.
 */
import type { Queryable } from "../db/pool.js";
import type { Logger } from "../logger.js";
import type { VersionNames } from "../version.js";
import { compareVersions, type Comparison } from "./compare.js";
import { resolveLineup, type Lineup } from "./lineup.js";
import type { VersionData } from "./metrics.js";
import { readVersions } from "./read.js";
import type { AbSettings } from "./inputs.js";
import { readShadowAgreement, type ShadowAgreement } from "./shadow.js";
import {
  judgeRules,
  standingOf,
  type RuleVerdict,
  type Standing,
} from "./verdict.js";

/** What an A/B test is asked, validated: the settings, and which versions to compare. */
export interface AbRequest extends AbSettings {
  app: string;
  /** The versions, baseline first; undefined: from `deployments`. */
  versions?: VersionNames[];
  /** Compare only this version, against the serving version with the most traffic. */
  candidate?: VersionNames;
  /** Seed of the bootstrap, so the same data gives the same report. */
  seed: number;
}

/** Time, injectable so tests of the wait need not wait. */
export interface Clock {
  /** Milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Why the test ended as it did. */
export type AbDecision =
  | "rules-passed"
  | "rule-failed"
  | "insufficient"
  | "no-rules"
  | "nothing-to-compare";

/** The outcome of an A/B test, with everything its report shows. */
export interface AbResult {
  request: AbRequest;
  passed: boolean;
  decision: AbDecision;
  /** One sentence: what decided it. */
  reason: string;
  waitedSeconds: number;
  observations: number;
  lineup?: Lineup;
  versions: VersionData[];
  comparisons: Comparison[];
  verdicts: RuleVerdict[];
  shadows: ShadowAgreement[];
}

interface Observation {
  versions: VersionData[];
  verdicts: RuleVerdict[];
  standing: Standing;
}

async function observe(
  db: Queryable,
  request: AbRequest,
  lineup: Lineup,
): Promise<Observation> {
  const all = [lineup.baseline, ...lineup.candidates];
  const versions = await readVersions(db, all, {
    app: request.app,
    since: lineup.since,
  });
  const [baseline, ...candidates] = versions as [VersionData, ...VersionData[]];
  const verdicts = judgeRules(
    request.rules,
    { baseline, candidates },
    {
      level: request.level,
      seed: request.seed,
      minSamples: request.minSamples,
    },
  );
  return { versions, verdicts, standing: standingOf(verdicts) };
}

function decide(
  request: AbRequest,
  standing: Standing,
  waited: number,
): { passed: boolean; decision: AbDecision; reason: string } {
  if (request.rules.length === 0)
    return { passed: true, decision: "no-rules", reason: "no rules to judge" };
  if (standing.failed.length > 0)
    return {
      passed: false,
      decision: "rule-failed",
      reason: `${standing.failed.length} rule(s) failed`,
    };
  if (standing.passed)
    return {
      passed: true,
      decision: "rules-passed",
      reason: "every rule passed",
    };
  const passed = request.onInsufficient === "pass";
  return {
    passed,
    decision: "insufficient",
    reason: `${standing.open.length} rule(s) still open after ${Math.round(waited)} s (max-wait-seconds ${request.maxWaitSeconds}): too few observations to decide, so the test ${passed ? "passes" : "fails"} as on-insufficient is "${request.onInsufficient}"`,
  };
}

function openSummary(standing: Standing): string {
  return standing.open
    .map(
      (v) =>
        `${v.candidate} ${v.rule.text}: ${v.status}${v.moreSamples ? ` (~${v.moreSamples} more per version)` : ""}`,
    )
    .join("; ");
}

/** Observes until the rules decide or the wait runs out. */
async function observeUntilDecided(
  db: Queryable,
  request: AbRequest,
  context: { lineup: Lineup; logger: Logger; clock: Clock },
): Promise<{ last: Observation; waited: number; observations: number }> {
  const { clock, logger } = context;
  const started = clock.now();
  for (let observations = 1; ; observations++) {
    const last = await observe(db, request, context.lineup);
    const waited = (clock.now() - started) / 1000;
    const remaining = request.maxWaitSeconds - waited;
    if (last.standing.decided || remaining <= 0)
      return { last, waited, observations };
    const pause = Math.min(request.pollSeconds, remaining);
    logger.info(
      `waiting ${Math.ceil(pause)} s for more observations (${Math.round(waited)} of ${request.maxWaitSeconds} s): ${openSummary(last.standing)}`,
    );
    await clock.sleep(pause * 1000);
  }
}

function nothingToCompare(request: AbRequest): AbResult {
  return {
    request,
    passed: true,
    decision: "nothing-to-compare",
    reason:
      "fewer than two versions take traffic or shadow it: nothing to compare",
    waitedSeconds: 0,
    observations: 0,
    versions: [],
    comparisons: [],
    verdicts: [],
    shadows: [],
  };
}

/** Each shadow's agreement with the serving versions of the lineup. */
async function readShadows(
  db: Queryable,
  lineup: Lineup,
  request: AbRequest,
): Promise<ShadowAgreement[]> {
  const serving = [lineup.baseline, ...lineup.candidates]
    .filter((v) => v.role === "serving")
    .map((v) => v.names);
  const shadows: ShadowAgreement[] = [];
  for (const candidate of lineup.candidates) {
    const shadow = candidate.role === "shadow";
    const agreement = await readShadowAgreement(
      db,
      {
        shadow: candidate.names,
        serving: shadow ? serving : [lineup.baseline.names],
      },
      { app: request.app, since: lineup.since, level: request.level },
    );
    // Versions splitting traffic share no request id; stream versions consume the same events
    // (request id = shard and sequence number), so their outputs pair up and agree or not.
    if (shadow || agreement.matched > 0) shadows.push(agreement);
  }
  return shadows;
}

/** Runs an A/B test against the prediction log. Never writes to the database. */
export async function runAbTest(
  request: AbRequest,
  deps: { db: Queryable; logger: Logger; clock?: Clock },
): Promise<AbResult> {
  const { db, logger } = deps;
  const lineup = await resolveLineup(db, request.app, request);
  if (!lineup) return nothingToCompare(request);
  const names = [lineup.baseline, ...lineup.candidates].map(
    (v) => `${v.names.version}${v.role === "shadow" ? " (shadow)" : ""}`,
  );
  logger.info(`A/B test of ${request.app}: ${names.join(" vs ")}`);
  const clock = deps.clock ?? systemClock;
  const { last, waited, observations } = await observeUntilDecided(
    db,
    request,
    { lineup, logger, clock },
  );
  const [baseline, ...candidates] = last.versions as [
    VersionData,
    ...VersionData[],
  ];
  const context = { level: request.level, seed: request.seed };
  return {
    request,
    ...decide(request, last.standing, waited),
    waitedSeconds: waited,
    observations,
    lineup,
    versions: last.versions,
    comparisons: compareVersions({ baseline, candidates }, context),
    verdicts: last.verdicts,
    shadows: await readShadows(db, lineup, request),
  };
}
