/**
 * What a batch queue message says: an S3 "Object Created" event, as EventBridge delivers it to the
 * version's own queue, or wrapped as `{"route": "app", "event": ...}` by the app-wide `inbox/`
 * route (deploy-stack gives that target an input transformer so the worker can tell the routes
 * apart). S3's classic notification format (`Records`, URL-encoded keys) is read too.
 */

/** The dropped object a message names. */
export interface DroppedObject {
  bucket: string;
  key: string;
  /** The version id when the bucket keeps versions, else the ETag. */
  revision: string;
  versionId?: string;
  size?: number;
  appRoute: boolean;
}

/** The input template of the app-wide route's target: the event, marked as the app's. */
export const APP_ROUTE_TEMPLATE =
  '{"route":"app","event":<aws.events.event.json>}';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  !!value && typeof value === "object" && !Array.isArray(value);

function fromDetail(detail: Json, appRoute: boolean): DroppedObject | string {
  const bucket = isObject(detail.bucket) ? detail.bucket.name : undefined;
  const object = isObject(detail.object) ? detail.object : undefined;
  const key = object?.key;
  if (typeof bucket !== "string" || typeof key !== "string" || key === "")
    return "the event names no bucket and object key";
  const versionId =
    typeof object?.["version-id"] === "string"
      ? object["version-id"]
      : undefined;
  const etag = typeof object?.etag === "string" ? object.etag : undefined;
  if (!versionId && !etag)
    return `the event for ${key.slice(0, 200)} has no version id or ETag`;
  return {
    bucket,
    key,
    versionId,
    revision: versionId ? `v:${versionId}` : `etag:${etag}`,
    size: typeof object?.size === "number" ? object.size : undefined,
    appRoute,
  };
}

function fromRecords(records: unknown[]): DroppedObject | string {
  const record = records[0];
  const s3 = isObject(record) && isObject(record.s3) ? record.s3 : undefined;
  if (!s3 || records.length !== 1) return "expected one S3 record per message";
  const object = isObject(s3.object) ? s3.object : {};
  const key =
    typeof object.key === "string"
      ? decodeURIComponent(object.key.replaceAll("+", " "))
      : undefined;
  return fromDetail(
    {
      bucket: s3.bucket,
      object: {
        key,
        size: object.size,
        etag: object.eTag,
        "version-id": object.versionId,
      },
    },
    false,
  );
}

/** The dropped object of a message body, or why the message is unreadable. */
export function parseDropEvent(body: string): DroppedObject | string {
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch {
    return "the message is not JSON";
  }
  if (!isObject(message)) return "the message is not a JSON object";
  if (Array.isArray(message.Records)) return fromRecords(message.Records);
  const appRoute = message.route === "app";
  const event = appRoute ? message.event : message;
  if (!isObject(event) || !isObject(event.detail))
    return "the message is not an S3 event (no detail)";
  if (
    event["detail-type"] !== undefined &&
    event["detail-type"] !== "Object Created"
  )
    return `the event is "${String(event["detail-type"]).slice(0, 60)}", not "Object Created"`;
  return fromDetail(event.detail, appRoute);
}
