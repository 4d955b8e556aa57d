import { LABELS } from "./names.js";
import type { RemoteImage, RemoteRepository } from "../oci.js";

/** How an image already under the version tag relates to the one just built. */
export type ExistingVerdict =
  /** Byte-identical image config: pushing would change nothing. */
  | { kind: "identical" }
  /** Built from the same commit with the same build inputs by an earlier run; keep it. */
  | { kind: "same-source"; detail: string }
  /** A different image: tags are immutable, so the run must fail. */
  | { kind: "conflict"; detail: string };

/** What identifies the image we just built. */
export interface LocalIdentity {
  /** Local image ID = config digest. */
  imageId: string;
  revision: string;
  fingerprint: string;
}

/**
 * Decides whether an existing tag already holds our image.
 *
 * "Same digest" is decided on the image **config digest** (Docker's image ID), not the manifest
 * digest: the manifest digest is only known after a push and changes with layer compression and
 * manifest format, while the config digest covers every layer's content, the labels and the
 * config, and is what the registry's manifest points at. Identical config digests mean the same
 * image.
 *
 * A rebuild on a fresh runner gets new timestamps and so a new config digest even from the same
 * commit. Re-running a workflow must not fail on that, so an image whose labels show the same
 * commit (`org.opencontainers.image.revision`) and the same build inputs (Dockerfile path, build
 * args, platform: `dev.modelship.build-inputs`) counts as already pushed, and the registry's
 * image is kept. Anything else is a conflict.
 */
export function judgeExisting(args: {
  ref: string;
  remote: RemoteImage;
  local: LocalIdentity;
  /** Labels of the remote config; undefined when they could not be read (an index). */
  remoteLabels?: Record<string, string>;
}): ExistingVerdict {
  const { ref, remote, local, remoteLabels } = args;
  if (remote.configDigest === local.imageId) return { kind: "identical" };
  const theirs = `${ref} already exists as ${remote.digest}`;
  if (!remote.configDigest || !remoteLabels) {
    return {
      kind: "conflict",
      detail: `${theirs}, a multi-platform index or unreadable manifest that cannot be compared with this build (image ID ${local.imageId})`,
    };
  }
  const revision = remoteLabels[LABELS.revision];
  const fingerprint = remoteLabels[LABELS.buildInputs];
  if (revision === local.revision && fingerprint === local.fingerprint) {
    return {
      kind: "same-source",
      detail:
        `${theirs}, built from the same commit ${local.revision} with the same build inputs; ` +
        `this rebuild (image ID ${local.imageId}) differs only in build timestamps, so the registry's image is kept`,
    };
  }
  const why =
    revision !== local.revision
      ? `it was built from commit ${revision ?? "(no revision label)"}, this build from ${local.revision}`
      : "it was built from the same commit with different build args, Dockerfile or platform";
  return {
    kind: "conflict",
    detail: `${theirs} (image ID ${remote.configDigest}) and differs from this build (image ID ${local.imageId}): ${why}`,
  };
}

/** Looks the version tag up and judges it; undefined when the tag does not exist yet. */
export async function checkExisting(args: {
  remote: RemoteRepository;
  ref: string;
  tag: string;
  local: LocalIdentity;
}): Promise<{ image: RemoteImage; verdict: ExistingVerdict } | undefined> {
  const image = await args.remote.describeTag(args.tag);
  if (!image) return undefined;
  let remoteLabels: Record<string, string> | undefined;
  if (image.configDigest && image.configDigest !== args.local.imageId) {
    remoteLabels = await args.remote.configLabels(image.configDigest);
  }
  const verdict = judgeExisting({
    ref: args.ref,
    remote: image,
    local: args.local,
    remoteLabels,
  });
  return { image, verdict };
}
