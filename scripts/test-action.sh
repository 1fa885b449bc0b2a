#!/usr/bin/env bash
# The GitHub Action (action.yml) run as a runner runs it: its step's script with the INPUT_* variables action.yml maps,
# GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_ACTION_PATH, on a workspace that has the examples in
# a subdirectory. Three runs: from source (this checkout's ./isolint), with soft-fail, and from a release archive
# (file:// URL) on a fresh runner-like home without ~/.m2 and with every JDK hidden. Needs the archive
# (scripts/test-dist.sh builds it); the release run is skipped where unshare is not allowed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# action.yml declares the inputs the issue names, and its step passes each to the script.
for input in path format output args soft-fail version; do
  grep -q "^  $input:" "$root/action.yml" || fail "action.yml has no input $input"
  var=INPUT_$(echo "$input" | tr 'a-z-' 'A-Z_')
  grep -q "$var: \${{ inputs.$input }}" "$root/action.yml" || fail "action.yml does not pass $input as $var"
done
grep -q 'default: sarif' "$root/action.yml" || fail "format does not default to sarif"

workspace() { # a fresh workspace: the examples under infra/, the rules' examples under ml/
  rm -rf "$work/ws" && mkdir -p "$work/ws/infra" "$work/ws/ml"
  cp -R "$root/testdata/examples/." "$work/ws/infra/"
  cp -R "$root/testdata/rules/." "$work/ws/ml/"
  : > "$work/summary.md"; : > "$work/output.txt"
}
wrap=()
run_action() { # run_action ENV... : the step as the runner runs it; prints its log to $work/log.txt, returns its exit
  "${wrap[@]}" env -i PATH="${RUN_PATH:-$PATH}" HOME="${RUN_HOME:-$HOME}" GITHUB_ACTIONS=true GITHUB_ACTION_PATH="$root" \
    GITHUB_WORKSPACE="$work/ws" GITHUB_OUTPUT="$work/output.txt" GITHUB_STEP_SUMMARY="$work/summary.md" \
    RUNNER_TEMP="$work/runner-temp" INPUT_PATH=infra INPUT_FORMAT=sarif INPUT_OUTPUT=isolint.sarif INPUT_ARGS= \
    INPUT_SOFT_FAIL=false INPUT_VERSION=source "$@" bash "$root/action/run.sh" > "$work/log.txt" 2>&1
}

# 1. From source, scanning a subdirectory: repository paths in SARIF, annotations, summary, outputs.
workspace
code=0; run_action || code=$?
[ "$code" = 1 ] || fail "source run: exit $code, want 1 (findings)"
grep -q '"uri" : "infra/cloudformation/ml-stack.yaml"' "$work/ws/isolint.sarif" || fail "SARIF URIs are not workspace paths"
grep -q '^::error file=infra/' "$work/log.txt" || fail "no ::error annotation with a workspace path"
grep -q '^| ' "$work/summary.md" || fail "no step summary table"
grep -qx 'exit-code=1' "$work/output.txt" && grep -qx 'report=isolint.sarif' "$work/output.txt" || fail "outputs: $(cat "$work/output.txt")"

# 2. Soft fail, many findings (the rules' examples): exit 0, at most 10 annotations per kind, one notice for the rest.
workspace
code=0; run_action INPUT_SOFT_FAIL=true INPUT_PATH="infra ml" || code=$?
[ "$code" = 0 ] || fail "soft-fail run: exit $code, want 0"
errors=$(grep -c '^::error ' "$work/log.txt" || true)
[ "$errors" -le 10 ] || fail "$errors ::error annotations, GitHub shows 10"
grep -q '^::notice.*more' "$work/log.txt" || fail "no notice for the findings left out of the annotations"

# 3. From a release archive on a fresh runner: no ~/.m2, no JDK.
archive=$(ls "$root"/cli/target/isolint-*-linux-x64.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$archive" ]; then
  fail "no release archive in cli/target (run scripts/test-dist.sh or mvn -B package -Pdist first)"
elif ! unshare -m --propagation private true 2>/dev/null; then
  echo "test-action: release run skipped, unshare -m is not allowed here" >&2
else
  name=$(basename "$archive"); version=${name#isolint-}; version=${version%-linux-x64.tar.gz}
  mkdir -p "$work/releases/v$version" "$work/home" "$work/empty"
  cp "$archive" "$work/releases/v$version/"
  (cd "$work/releases/v$version" && sha256sum "$name" > "$name.sha256")
  workspace
  code=0
  wrap=(unshare -m --propagation private sh -c 'mount --bind "$0" /usr/lib/jvm && exec "$@"' "$work/empty")
  RUN_PATH=/usr/bin:/bin RUN_HOME="$work/home" run_action INPUT_VERSION="$version" ISOLINT_RELEASE_BASE_URL="file://$work/releases" || code=$?
  [ "$code" = 1 ] || { fail "release run: exit $code, want 1"; tail -n 5 "$work/log.txt"; }
  grep -q '"uri" : "infra/cloudformation/ml-stack.yaml"' "$work/ws/isolint.sarif" || fail "release run: no SARIF"
  [ ! -e "$work/home/.m2" ] || fail "release run used Maven"
fi

[ "$fails" = 0 ] && echo "test-action: all runs as expected"
exit "$fails"
