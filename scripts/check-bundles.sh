#!/usr/bin/env bash
# Runs each built action bundle as the GitHub runner does (INPUT_* env, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files)
# with its required inputs missing, and checks it fails with one `::error::` line and no stack trace.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for yml in action-*/action.yml; do
  action=$(dirname "$yml")
  bundle="dist/$action/index.js"
  : >"$tmp/output"; : >"$tmp/summary"
  set +e
  out=$(cd "$tmp" && env -i PATH="$PATH" HOME="$HOME" GITHUB_OUTPUT="$tmp/output" GITHUB_STEP_SUMMARY="$tmp/summary" \
        RUNNER_TEMP="$tmp" node "$OLDPWD/$bundle" 2>&1)
  rc=$?
  set -e
  errors=$(printf '%s\n' "$out" | grep -c '^::error::' || true)
  if [ "$rc" -eq 0 ] || [ "$errors" -ne 1 ] || printf '%s\n' "$out" | grep -qE '^\s+at .+:[0-9]+'; then
    echo "FAIL $action: exit $rc, $errors ::error:: lines"; printf '%s\n' "$out" | head -20; status=1
  else
    echo "ok   $action: $(printf '%s\n' "$out" | grep '^::error::')"
  fi
done
# the CLI bundle answers --help
node dist/cli/index.js --help >/dev/null && echo "ok   dist/cli --help"
# one command alone: only its lazily loaded chunk
node dist/cli/index.js optimize --help >/dev/null && echo "ok   dist/cli optimize --help"
exit $status
