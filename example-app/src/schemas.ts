/** Most items one batch request may carry. */
export const MAX_BATCH = 100;

/** The shape of one feature object: every feature, a number, nothing else. */
export function featureSchema(features: readonly string[]) {
  return {
    type: "object",
    required: [...features],
    additionalProperties: false,
    properties: Object.fromEntries(
      features.map((f) => [f, { type: "number" }]),
    ),
  } as const;
}

/** POST /predict body: `{ input }` or `{ inputs: [...] }` (exactly one is checked in the handler). */
export function predictBodySchema(features: readonly string[]) {
  const item = featureSchema(features);
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      input: item,
      inputs: { type: "array", minItems: 1, maxItems: MAX_BATCH, items: item },
    },
  } as const;
}

const predictionSchema = {
  type: "object",
  properties: {
    label: { type: "string" },
    probabilities: { type: "object", additionalProperties: { type: "number" } },
  },
} as const;

/** 200 responses, declared so fastify serialises them with a compiled stringifier. */
export const predictResponseSchema = {
  type: "object",
  properties: {
    request_id: { type: "string" },
    model_version: { type: "string" },
    prediction: predictionSchema,
    predictions: { type: "array", items: predictionSchema },
  },
} as const;

/** One Ajv error, as much of it as we read. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** `/inputs/3/petal_width` → `inputs[3].petal_width`; the root is `body`. */
export function fieldPath(instancePath: string): string {
  if (instancePath === "") return "body";
  return instancePath
    .slice(1)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce(
      (path, part) =>
        /^\d+$/.test(part)
          ? `${path}[${part}]`
          : path === ""
            ? part
            : `${path}.${part}`,
      "",
    );
}

function child(path: string, name: unknown): string {
  return path === "body" ? String(name) : `${path}.${String(name)}`;
}

function article(type: unknown): string {
  return /^[aeiou]/.test(String(type)) ? `an ${type}` : `a ${type}`;
}

/**
 * Turns one schema error into a sentence naming the field, for example
 * `input.petal_width must be a number` or `inputs[2].sepal_length is required`.
 */
export function describeSchemaError(
  error: SchemaError,
  features: readonly string[],
): string {
  const path = fieldPath(error.instancePath);
  const p = error.params;
  switch (error.keyword) {
    case "type":
      return `${path} must be ${article(p.type)}`;
    case "required":
      return `${child(path, p.missingProperty)} is required`;
    case "additionalProperty":
    case "additionalProperties": {
      const expected =
        path === "body" ? "input or inputs" : features.join(", ");
      return `${child(path, p.additionalProperty)} is not allowed (expected ${expected})`;
    }
    case "maxItems":
      return `${path} must have at most ${String(p.limit)} items`;
    case "minItems":
      return `${path} must have at least ${String(p.limit)} item(s)`;
    default:
      return `${path} ${error.message ?? "is invalid"}`;
  }
}

/**
 * The first non-finite number in the items, if any. JSON itself has no NaN, but `1e999` parses to
 * Infinity, which the schema's "number" accepts and the log's jsonb cannot hold.
 */
export function nonFiniteField(
  items: readonly Record<string, number>[],
  batch: boolean,
): string | undefined {
  for (const [index, item] of items.entries()) {
    for (const [name, value] of Object.entries(item)) {
      if (!Number.isFinite(value))
        return batch ? `inputs[${index}].${name}` : `input.${name}`;
    }
  }
  return undefined;
}
