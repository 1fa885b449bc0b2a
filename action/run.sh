#!/usr/bin/env bash
# The GitHub Action's one step (action.yml): finds or fetches isolint, scans with paths relative to the workspace,
# writes the report, annotations and the step summary, and sets the outputs. Runs as the runner runs it:
# GITHUB_ACTION_PATH (this checkout), GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the INPUT_* variables
# action.yml maps. scripts/test-action.sh runs it the same way.
set -uo pipefail
action=${GITHUB_ACTION_PATH:?not run by a GitHub runner}
workspace=${GITHUB_WORKSPACE:-$PWD}
version=${INPUT_VERSION:-source}
format=${INPUT_FORMAT:-sarif}
output=${INPUT_OUTPUT:-isolint.sarif}

if [ "$version" = source ]; then
  isolint="$action/isolint"                      # builds the CLI with Maven on first use
else
  repo=${ISOLINT_ACTION_REPOSITORY:-isolint/isolint}
  base=${ISOLINT_RELEASE_BASE_URL:-https://github.com/$repo/releases/download}
  name="isolint-$version-linux-x64.tar.gz"
  dir="${RUNNER_TEMP:-/tmp}/isolint-$version"
  if [ ! -x "$dir/isolint-$version/bin/isolint" ]; then
    mkdir -p "$dir"
    curl -fsSL "$base/v$version/$name" -o "$dir/$name" && curl -fsSL "$base/v$version/$name.sha256" -o "$dir/$name.sha256" \
      || { echo "::error title=isolint::cannot download $base/v$version/$name"; exit 2; }
    (cd "$dir" && sha256sum -c "$name.sha256" >/dev/null) \
      || { echo "::error title=isolint::$name does not match its SHA-256"; exit 2; }
    tar -xzf "$dir/$name" -C "$dir"
  fi
  isolint="$dir/isolint-$version/bin/isolint"
fi

cd "$workspace" || exit 2
args=(scan --base-path "$workspace" -f "$format=$output" -f github)
[ "${INPUT_SOFT_FAIL:-false}" = true ] && args+=(--soft-fail)
# shellcheck disable=SC2206 # paths and extra options are word lists, as a workflow writes them
args+=(${INPUT_ARGS:-} ${INPUT_PATH:-.})
"$isolint" "${args[@]}"
code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "report=$output"; echo "exit-code=$code"; } >> "$GITHUB_OUTPUT"
fi
exit "$code"
