/**
 * Shadow versions: a shadow answers a mirrored copy of requests the serving versions answered, and
 * both outputs are logged under the same request id. Their agreement is the share of those
 * requests on which the two gave the same label (or, for models without labels, the same JSON
 * output); for regressors the mean absolute difference of their values is reported as well.
 */
import type { Queryable } from "../db/pool.js";
import { qualified, type VersionNames } from "../version.js";
import { wilson, type Interval } from "./intervals.js";
import { columnOr, outputColumns, type ReadOptions } from "./read.js";

/** How a shadow's outputs compare with the serving versions' on the same requests. */
export interface ShadowAgreement {
  shadow: string;
  /** The serving versions its requests were matched against. */
  servedBy: string[];
  /** Shadow outputs matched to a serving output (same request id and item). */
  matched: number;
  /** What was compared: labels, JSON outputs, or nothing comparable. */
  compared: "label" | "output" | "none";
  /** Matched outputs that could be compared, and how many agreed. */
  comparable: number;
  agreed: number;
  /** The agreement rate with its Wilson interval. */
  agreement?: Interval;
  /** Mean |shadow value − serving value|, for regressors. */
  meanAbsDifference?: number;
}

interface PairRow {
  matched: number;
  labelled: number;
  agreed_label: number;
  with_output: number;
  agreed_output: number;
  valued: number;
  abs_difference_sum: number | null;
}

async function readPair(
  db: Queryable,
  pair: { shadow: VersionNames; serving: VersionNames },
  context: { columns: Map<string, Set<string>>; since?: Date },
): Promise<PairRow> {
  const { shadow, serving } = pair;
  const none = new Set<string>();
  const sCols = context.columns.get(shadow.tables.outputs) ?? none;
  const bCols = context.columns.get(serving.tables.outputs) ?? none;
  const [sv, bv] = [
    columnOr(sCols, "s", "value"),
    columnOr(bCols, "b", "value"),
  ];
  const [so, bo] = [
    columnOr(sCols, "s", "output"),
    columnOr(bCols, "b", "output"),
  ];
  const { rows } = await db.query<PairRow>(
    `SELECT count(*)::int AS matched,
       count(*) FILTER (WHERE s.label IS NOT NULL AND b.label IS NOT NULL)::int AS labelled,
       count(*) FILTER (WHERE s.label = b.label)::int AS agreed_label,
       count(*) FILTER (WHERE ${so} IS NOT NULL AND ${bo} IS NOT NULL)::int AS with_output,
       count(*) FILTER (WHERE ${so} = ${bo})::int AS agreed_output,
       count(*) FILTER (WHERE ${sv} IS NOT NULL AND ${bv} IS NOT NULL)::int AS valued,
       sum(abs(${sv} - ${bv}))::float8 AS abs_difference_sum
     FROM ${qualified(shadow.tables.schema, shadow.tables.outputs)} AS s
     JOIN ${qualified(serving.tables.schema, serving.tables.outputs)} AS b
       ON b.request_id = s.request_id AND b.item = s.item
     WHERE $1::timestamptz IS NULL OR s.predicted_at >= $1`,
    [context.since ?? null],
  );
  return rows[0] as PairRow;
}

function add(total: PairRow, row: PairRow): PairRow {
  return {
    matched: total.matched + row.matched,
    labelled: total.labelled + row.labelled,
    agreed_label: total.agreed_label + row.agreed_label,
    with_output: total.with_output + row.with_output,
    agreed_output: total.agreed_output + row.agreed_output,
    valued: total.valued + row.valued,
    abs_difference_sum:
      (total.abs_difference_sum ?? 0) + (row.abs_difference_sum ?? 0),
  };
}

/** The agreement of a shadow with the serving versions, over the requests both logged. */
export async function readShadowAgreement(
  db: Queryable,
  versions: { shadow: VersionNames; serving: readonly VersionNames[] },
  options: ReadOptions & { level: number },
): Promise<ShadowAgreement> {
  const columns = await outputColumns(db, [
    versions.shadow,
    ...versions.serving,
  ]);
  let total: PairRow = {
    matched: 0,
    labelled: 0,
    agreed_label: 0,
    with_output: 0,
    agreed_output: 0,
    valued: 0,
    abs_difference_sum: 0,
  };
  const present = versions.serving.filter((names) =>
    columns.has(names.tables.outputs),
  );
  if (columns.has(versions.shadow.tables.outputs))
    for (const serving of present)
      total = add(
        total,
        await readPair(
          db,
          { shadow: versions.shadow, serving },
          { columns, since: options.since },
        ),
      );
  return agreementOf(versions.shadow.version, present, total, options.level);
}

function agreementOf(
  shadow: string,
  servedBy: readonly VersionNames[],
  total: PairRow,
  level: number,
): ShadowAgreement {
  const byLabel = total.labelled > 0;
  const byOutput = !byLabel && total.with_output > 0;
  const comparable = byLabel
    ? total.labelled
    : byOutput
      ? total.with_output
      : 0;
  const agreed = byLabel
    ? total.agreed_label
    : byOutput
      ? total.agreed_output
      : 0;
  return {
    shadow,
    servedBy: servedBy.map((names) => names.version),
    matched: total.matched,
    compared: byLabel ? "label" : byOutput ? "output" : "none",
    comparable,
    agreed,
    agreement: wilson({ successes: agreed, n: comparable }, level),
    meanAbsDifference:
      total.valued > 0
        ? (total.abs_difference_sum ?? 0) / total.valued
        : undefined,
  };
}
