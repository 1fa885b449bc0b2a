#!/usr/bin/env bash
# Whole-process timings of isolint, as a user sees them (bench/README.md):
#   - `java -cp . Hello`, the JVM's own start-up, against `isolint scan one.yaml` (launcher, CDS archive),
#     and one CloudFormation JSON template, one small Terraform root and one plan from testdata/;
#   - the labelled corpus (../shared/corpus);
#   - a synthetic monorepo of 1, 2, 5 and 10 copies of the corpus in sibling folders, each next to the
#     time it takes only to walk, read and parse the same files with the same parsers (bench ParseOnly);
#   - a tree of 10,000 files that are not IaC, to show they are skipped quickly.
#   - one 100 MB token per format (bench/long-tokens.sh): a YAML scalar, a JSON string, an HCL string.
# Prints medians of wall time and CPU time (user+sys; CPU/wall near the core count = all cores busy).
#
# Environment: RUNS (small cases, default 21), BIG_RUNS (corpus and monorepo, default 5),
# ISOLINT_CORPUS (default ../shared/corpus), BENCH_WORK (where the monorepo is built; default a
# temporary directory, removed afterwards unless BENCH_WORK is given).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
corpus=$(cd "${ISOLINT_CORPUS:-$root/../shared/corpus}" && pwd -P)
runs=${RUNS:-21}
big_runs=${BIG_RUNS:-5}
if [ -n "${BENCH_WORK:-}" ]; then work=$BENCH_WORK; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
java=java
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java="$JAVA_HOME/bin/java"
jit="-XX:TieredStopAtLevel=1 -XX:-UsePerfData"   # what the launcher uses, without its archive

# --- build what is measured ---
"$root/isolint" --version >/dev/null          # the CLI jar and its start-up archive
bench_jar="$root/bench/target/benchmarks.jar"
if [ ! -f "$bench_jar" ] || [ -n "$(find "$root/core/src/main" "$root/bench/src" "$root/bench/pom.xml" -newer "$bench_jar" -type f | head -n 1)" ]; then
  mvn -B -q -Dstyle.color=never -f "$root/pom.xml" -Pbench -pl bench -am -DskipTests package >&2
fi
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' > "$work/Hello.java"
javac -d "$work" "$work/Hello.java"

one="$corpus/aws-samples__sagemaker-custom-project-templates/batch-inference/seedcode/endpoint-config-template.yml"
[ -f "$one" ] || one="$root/testdata/cloudformation/insecure-model.yaml"

mono="$work/monorepo"
for i in $(seq -w 1 20); do
  [ -d "$mono/copy$i" ] || { mkdir -p "$mono"; cp -R "$corpus" "$mono/copy$i"; }
done
noise="$work/not-iac"
if [ ! -d "$noise" ]; then
  # 2,000 JSON files a walk must open and sniff (package.json-like), 8,000 it skips by name.
  mkdir -p "$noise"
  for d in $(seq -w 1 100); do
    mkdir -p "$noise/pkg$d"
    for f in $(seq -w 1 20); do printf '{"name": "pkg%s-%s", "version": "1.0.0", "dependencies": {"left-pad": "^1.3.0"}}\n' "$d" "$f" > "$noise/pkg$d/package$f.json"; done
    for f in $(seq -w 1 80); do printf 'def f%s():\n    return %s\n' "$f" "$f" > "$noise/pkg$d/module$f.py"; done
  done
fi

# --- timing ---
TIMEFORMAT='%3R %3U %3S'
# sample FILE CMD...: runs CMD once from the repository root, appends "wall_ms cpu_ms" to FILE.
sample() {
  local out=$1; shift
  local t
  # The exit code is isolint's verdict (1 = findings), not a failure of the benchmark.
  t=$( { time (cd "$root" && "$@" >/dev/null 2>&1 </dev/null || true) ; } 2>&1 | tail -n 1)
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<<"$t" >> "$out"
}
median() { # FILE COLUMN
  cut -d' ' -f"$2" "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'
}
declare -A wall cpu
row() { # KEY LABEL FILE
  wall[$1]=$(median "$3" 1); cpu[$1]=$(median "$3" 2)
  printf '%-58s %9s ms %9s ms %6s\n' "$2" "${wall[$1]}" "${cpu[$1]}" \
      "$(awk -v w="${wall[$1]}" -v c="${cpu[$1]}" 'BEGIN {printf "%.2f", (w > 0 ? c / w : 0)}')"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }

echo "isolint benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//'), $("$java" -version 2>&1 | head -n 1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "monorepo: $(find "$mono" -type f | wc -l) files, $(du -sh "$mono" | cut -f1) ($(find "$corpus" -type f | wc -l) per copy)"
echo
printf '%-58s %12s %12s %6s\n' "case (median of runs)" "wall" "cpu" "cpu/wall"

# Start-up: interleaved rounds, so that background load hits every command alike.
s="$work/samples"; rm -rf "$s"; mkdir -p "$s"
for _ in $(seq 1 "$runs"); do
  sample "$s/hello" "$java" -cp "$work" Hello
  sample "$s/one" "$root/isolint" scan "$one"
  # shellcheck disable=SC2086
  sample "$s/one-direct" "$java" $jit -Xshare:auto "-XX:SharedArchiveFile=$root/cli/target/isolint.jsa" -jar "$root/cli/target/isolint.jar" scan "$one"
  sample "$s/one-plain" "$java" -jar "$root/cli/target/isolint.jar" scan "$one"
  sample "$s/one-json" "$root/isolint" scan "$root/testdata/cloudformation/cdk.out/MlStack.template.json"
  sample "$s/one-tf" "$root/isolint" scan "$root/testdata/examples/terraform/envs/prod"
  sample "$s/one-plan" "$root/isolint" scan "$root/testdata/examples/plan/plan.json"
done
row hello "java -cp . Hello" "$s/hello"
row one "./isolint scan one.yaml (launcher, CDS archive)" "$s/one"
row one_direct "  the same java command without the launcher script" "$s/one-direct"
row one_plain "  java -jar isolint.jar scan one.yaml (no options)" "$s/one-plain"
echo "  → one file: $(ratio "${wall[one]}" "${wall[hello]}")× Hello (launcher), $(ratio "${wall[one_direct]}" "${wall[hello]}")× (java command), $(ratio "${wall[one_plain]}" "${wall[hello]}")× (plain java -jar)"
row one_json "./isolint scan MlStack.template.json (CDK JSON)" "$s/one-json"
row one_tf "./isolint scan envs/prod (Terraform root + module, 3 .tf)" "$s/one-tf"
row one_plan "./isolint scan plan.json (Terraform plan, 34 KB)" "$s/one-plan"
echo "  → $(ratio "${wall[one_json]}" "${wall[hello]}")× / $(ratio "${wall[one_tf]}" "${wall[hello]}")× / $(ratio "${wall[one_plan]}" "${wall[hello]}")× Hello"

for _ in $(seq 1 "$big_runs"); do sample "$s/corpus" "$root/isolint" scan "$corpus"; done
row corpus "./isolint scan corpus ($(find "$corpus" -type f | wc -l) files)" "$s/corpus"
for _ in $(seq 1 "$big_runs"); do sample "$s/noise" "$root/isolint" scan "$noise"; done
row noise "./isolint scan not-iac/ (2,000 JSON + 8,000 .py, no IaC)" "$s/noise"

for k in 1 2 5 10; do
  paths=()
  for i in $(seq -w 1 10 | head -n "$k"); do paths+=("$mono/copy$i"); done
  for _ in $(seq 1 "$big_runs"); do
    sample "$s/mono$k" "$root/isolint" scan "${paths[@]}"
    # shellcheck disable=SC2086
    sample "$s/parse$k" "$java" $jit -cp "$bench_jar" dev.isolint.bench.ParseOnly "${paths[@]}"
  done
  row "mono$k" "./isolint scan monorepo ${k}× ($((k * $(find "$corpus" -type f | wc -l))) files)" "$s/mono$k"
  row "parse$k" "  parse only, same files and parsers" "$s/parse$k"
  echo "  → scan / parse-only: $(ratio "${wall[mono$k]}" "${wall[parse$k]}")×"
done
echo "  → scaling: wall per copy 1× $(ratio "${wall[mono1]}" 1) ms, 2× $(ratio "${wall[mono2]}" 2) ms," \
    "5× $(ratio "${wall[mono5]}" 5) ms, 10× $(ratio "${wall[mono10]}" 10) ms; each copy beyond the first" \
    "$(ratio "$(( ${wall[mono10]} - ${wall[mono1]} ))" 9) ms (10×/1× = $(ratio "${wall[mono10]}" "${wall[mono1]}"))"
echo
# Memory: peak RSS (GNU time's %M) of the corpus and of 20 copies of it, and the 20 copies again with the heap
# capped at 256 MB against the default heap (issue 19: flat memory means the cap costs little time).
if [ -x /usr/bin/time ]; then
  mem() { # KEY LABEL COMMAND...: median wall ms and the peak RSS of the median run
    local key=$1 label=$2; shift 2
    : > "$s/$key.mem"
    for _ in $(seq 1 "$big_runs"); do
      /usr/bin/time -f '%e %M' -o "$s/$key.one" "$@" >/dev/null 2>&1 </dev/null || true
      awk '{printf "%d %d\n", $1 * 1000, $2 / 1024}' "$s/$key.one" >> "$s/$key.mem"
    done
    wall[$key]=$(median "$s/$key.mem" 1)
    printf '%-58s %9s ms %9s MiB peak RSS\n' "$label" "${wall[$key]}" "$(median "$s/$key.mem" 2)"
  }
  twenty=(); for i in $(seq -w 1 20); do twenty+=("$mono/copy$i"); done
  archive="-XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto -XX:SharedArchiveFile=$root/cli/target/isolint.jsa"
  mem mem1 "./isolint scan corpus (1×)" "$root/isolint" scan "$corpus"
  mem mem20 "./isolint scan monorepo 20× ($((20 * $(find "$corpus" -type f | wc -l))) files)" \
      "$root/isolint" scan "${twenty[@]}"
  mem mem20cap "  the same with ISOLINT_JAVA_OPTS=-Xmx256m" \
      env ISOLINT_JAVA_OPTS="-Xmx256m $archive" "$root/isolint" scan "${twenty[@]}"
  echo "  → -Xmx256m / default heap: $(ratio "${wall[mem20cap]}" "${wall[mem20]}")× the time"
  echo
fi
# One 100 MB token per format (bench/long-tokens.sh; TOKEN_MB, TOKEN_RUNS).
BENCH_WORK="$work" "$root/bench/long-tokens.sh"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
