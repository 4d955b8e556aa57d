/** Version of the metrics JSON layout; bump it when a key is renamed or its meaning changes. */
export const METRICS_SCHEMA_VERSION = 1;

/**
 * Probabilities are clipped to [EPS, 1 − EPS] before the logarithm, as scikit-learn does, so a
 * confident miss costs about 34.5 instead of Infinity (which JSON cannot even hold).
 */
export const LOG_LOSS_EPS = 1e-15;

/** Precision, recall, F1 and support of one class. */
export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** The evaluation of a classifier on one labelled set. */
export interface Evaluation {
  accuracy: number;
  macro_f1: number;
  log_loss: number;
  per_class: Record<string, ClassMetrics>;
}

/** The metrics file the CLI writes (DVC style: every leaf is a number). */
export interface MetricsFile extends Evaluation {
  schema_version: number;
  rows: { train: number; test: number; total: number };
  training_time_ms: number;
}

/** Index of the largest value; ties go to the lowest index, so the choice is deterministic. */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) {
    if ((values[i] as number) > (values[best] as number)) best = i;
  }
  return best;
}

/** Confusion matrix of k classes: `matrix[true][predicted]` counts rows. */
export function confusionMatrix(
  yTrue: readonly number[],
  yPred: readonly number[],
  k: number,
): number[][] {
  if (yTrue.length !== yPred.length)
    throw new RangeError(
      `${yTrue.length} true labels but ${yPred.length} predictions`,
    );
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  yTrue.forEach((t, i) => {
    const row = matrix[t];
    const p = yPred[i] as number;
    if (row === undefined || p < 0 || p >= k)
      throw new RangeError(`class out of range at row ${i}: ${t} / ${p}`);
    row[p] = (row[p] as number) + 1;
  });
  return matrix;
}

/** Zero when the denominator is zero (scikit-learn's zero_division=0), never NaN. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Per-class precision, recall, F1 and support from a confusion matrix. */
export function classMetrics(matrix: readonly number[][]): ClassMetrics[] {
  return matrix.map((row, c) => {
    const tp = row[c] as number;
    const support = row.reduce((sum, v) => sum + v, 0);
    const predicted = matrix.reduce((sum, r) => sum + (r[c] as number), 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { precision, recall, f1, support };
  });
}

/** Share of rows on the diagonal; 0 for an empty matrix. */
export function accuracyOf(matrix: readonly number[][]): number {
  const total = matrix.flat().reduce((sum, v) => sum + v, 0);
  const correct = matrix.reduce((sum, row, c) => sum + (row[c] as number), 0);
  return ratio(correct, total);
}

/** Mean negative log probability of the true class, with clipping (see LOG_LOSS_EPS). */
export function logLoss(
  yTrue: readonly number[],
  probabilities: readonly (readonly number[])[],
): number {
  if (yTrue.length === 0) throw new RangeError("log loss of zero rows");
  if (yTrue.length !== probabilities.length)
    throw new RangeError(
      `${yTrue.length} true labels but ${probabilities.length} probability rows`,
    );
  let total = 0;
  yTrue.forEach((t, i) => {
    const p = probabilities[i]?.[t] ?? 0;
    const clipped = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, p));
    total -= Math.log(clipped);
  });
  return total / yTrue.length;
}

/** Evaluates predicted class probabilities against the true classes (label order = index). */
export function evaluate(
  yTrue: readonly number[],
  probabilities: readonly (readonly number[])[],
  labels: readonly string[],
): Evaluation {
  const yPred = probabilities.map((p) => argmax(p));
  const matrix = confusionMatrix(yTrue, yPred, labels.length);
  const perClass = classMetrics(matrix);
  const per_class: Record<string, ClassMetrics> = {};
  labels.forEach((label, c) => {
    per_class[label] = perClass[c] as ClassMetrics;
  });
  return {
    accuracy: accuracyOf(matrix),
    macro_f1: perClass.reduce((sum, m) => sum + m.f1, 0) / perClass.length,
    log_loss: logLoss(yTrue, probabilities),
    per_class,
  };
}

/** Rounds to 6 decimals: stable, readable diffs, far below any delta a gate cares about. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Assembles the metrics file with a fixed key order and rounded ratios. */
export function metricsFile(options: {
  evaluation: Evaluation;
  rows: { train: number; test: number };
  trainingTimeMs: number;
}): MetricsFile {
  const { evaluation, rows } = options;
  const per_class: Record<string, ClassMetrics> = {};
  for (const [label, m] of Object.entries(evaluation.per_class)) {
    per_class[label] = {
      precision: round6(m.precision),
      recall: round6(m.recall),
      f1: round6(m.f1),
      support: m.support,
    };
  }
  return {
    schema_version: METRICS_SCHEMA_VERSION,
    accuracy: round6(evaluation.accuracy),
    macro_f1: round6(evaluation.macro_f1),
    log_loss: round6(evaluation.log_loss),
    per_class,
    rows: { train: rows.train, test: rows.test, total: rows.train + rows.test },
    training_time_ms: Math.round(options.trainingTimeMs),
  };
}
