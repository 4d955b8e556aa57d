import { loadAwsServiceSpecSync } from "@aws-cdk/aws-service-spec";

/** A property's type as AWS's resource specification describes it. */
export type SpecType =
  | { type: "string" | "number" | "integer" | "boolean" | "date-time" }
  | { type: "json" | "null" | "tag" }
  | { type: "ref"; name: string; properties: Record<string, SpecProperty> }
  | { type: "array" | "map"; element: SpecType }
  | { type: "union"; types: SpecType[] };

/** One property of a resource or of a nested property type. */
export interface SpecProperty {
  required: boolean;
  type: SpecType;
}

/** What the validator needs to know about one resource type. */
export interface ResourceSpec {
  type: string;
  properties: Record<string, SpecProperty>;
  attributes: ReadonlySet<string>;
}

/** Looks resource types up; `undefined` means the type does not exist. */
export interface SpecSource {
  resource(type: string): ResourceSpec | undefined;
}

type Db = ReturnType<typeof loadAwsServiceSpecSync>;
type RawProperty = { required?: boolean; type: RawType };
type RawType =
  | { type: "ref"; reference: { $ref: string } }
  | { type: "array" | "map"; element: RawType }
  | { type: "union"; types: RawType[] }
  | { type: Exclude<string, "ref" | "array" | "map" | "union"> };

// Property types are shared and may be recursive, so `ref` types resolve lazily (a getter) and
// once (a cache), instead of being expanded up front.
function adapter(db: Db): SpecSource {
  const types = new Map<string, Record<string, SpecProperty>>();
  const resources = new Map<string, ResourceSpec | undefined>();

  const convertProps = (raw: Record<string, RawProperty>) =>
    Object.fromEntries(
      Object.entries(raw).map(([name, p]) => [
        name,
        { required: p.required === true, type: convertType(p.type) },
      ]),
    );

  const typeDefinition = (id: string) => {
    let props = types.get(id);
    if (!props) {
      const def = db.get("typeDefinition", id);
      props = convertProps(def.properties as Record<string, RawProperty>);
      types.set(id, props);
    }
    return props;
  };

  function convertType(raw: RawType): SpecType {
    if ("reference" in raw) {
      const id = raw.reference.$ref;
      const name = db.get("typeDefinition", id).name;
      return {
        type: "ref",
        name,
        get properties() {
          return typeDefinition(id);
        },
      };
    }
    if ("element" in raw)
      return { type: raw.type, element: convertType(raw.element) };
    if ("types" in raw)
      return { type: "union", types: raw.types.map(convertType) };
    return raw as SpecType;
  }

  return {
    resource(type) {
      if (resources.has(type)) return resources.get(type);
      const found = db.lookup("resource", "cloudFormationType", "equals", type);
      const raw = found[0];
      const spec = raw && {
        type,
        properties: convertProps(raw.properties as Record<string, RawProperty>),
        attributes: new Set(Object.keys(raw.attributes)),
      };
      resources.set(type, spec);
      return spec;
    },
  };
}

let cached: SpecSource | undefined;

/**
 * AWS's published CloudFormation resource specification, from `@aws-cdk/aws-service-spec`.
 * Loading it takes about a second, so it is loaded once per process.
 */
export function awsResourceSpec(): SpecSource {
  cached ??= adapter(loadAwsServiceSpecSync());
  return cached;
}
