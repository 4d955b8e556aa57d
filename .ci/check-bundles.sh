#!/usr/bin/env bash
# Rebuilds every action's bundle and fails when the committed ones differ. New files count too:
# ncc may emit extra chunk files beside index.js, which a plain `git diff` would not see.
# Needs `npm ci` first. Used by .ci/run and by the CI and release workflows.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
changes=$(git status --porcelain --untracked-files=all -- actions)
if [ -n "$changes" ]; then
  printf '%s\n' "$changes" >&2
  echo "The committed bundles differ from a fresh build: run 'npm run build' and commit actions/*/dist." >&2
  exit 1
fi
echo "bundles are in sync"
