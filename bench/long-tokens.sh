#!/usr/bin/env bash
# One huge token per format (bench/README.md, "One 100 MB token"): a ~100 MB file that is one YAML scalar (each
# style, and one outside the quick reader's subset), one JSON string (template, plan, .tf.json), one HCL quoted
# string or heredoc. Each is scanned as a user would (./isolint scan FILE) under the default limits (where
# string-length rejects what it bounds) and with string-length raised to read it whole; the file-size limit
# set below the file rejects it before any parsing. Prints medians of wall and CPU time and MB/s of wall time.
# Run by bench/run.sh at its end, or on its own.
#
# Environment: TOKEN_MB (size of the token in MB, default 100), TOKEN_RUNS (runs per case, default 3),
# TOKEN_TIMEOUT (seconds after which a run is stopped, default none: for measuring a quadratic version),
# BENCH_WORK (where the files are written; default a temporary directory, removed afterwards).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
mb=${TOKEN_MB:-100}
runs=${TOKEN_RUNS:-3}
stop=()
[ -n "${TOKEN_TIMEOUT:-}" ] && stop=(timeout "$TOKEN_TIMEOUT")
if [ -n "${BENCH_WORK:-}" ]; then work=$BENCH_WORK/long-tokens; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
"$root/isolint" --version >/dev/null          # build first, so that no case pays for it

# --- the files (the token: base64's alphabet, no blank, quote or backslash) ---
n=$((mb * 1000 * 1000))
# (yes and tr end on a broken pipe when head has enough: not a failure here.)
token() { (set +o pipefail; yes 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/' | tr -d '\n' | head -c "$n"); }
lines() { { token; echo; } | fold -w 76 | sed "s/^/$1/"; }   # PREFIX: the token in lines of 76, each after PREFIX
cfn_start="AWSTemplateFormatVersion: '2010-09-09'
Resources:
  M:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: "
cfn_head="${cfn_start}r
      EnableNetworkIsolation: true
      Tags:
        - Key: k
          Value: "
model_tf='resource "aws_sagemaker_model" "m" {
  execution_role_arn       = "r"
  enable_network_isolation = true
  name = '
plan_head='{"format_version": "1.2", "terraform_version": "1.11.0", "planned_values": {"root_module": {"resources": [{"address": "aws_sagemaker_model.m", "mode": "managed", "type": "aws_sagemaker_model", "name": "m", "provider_name": "registry.terraform.io/hashicorp/aws", "values": {"enable_network_isolation": true, "name": "'
if [ ! -f "$work/done-$mb" ]; then
  mkdir -p "$work/tf-quoted" "$work/tf-heredoc" "$work/tfjson"
  { printf '%s"' "$cfn_head"; token; printf '"\n'; } > "$work/double-quoted.yaml"
  { printf "%s'" "$cfn_head"; token; printf "'\n"; } > "$work/single-quoted.yaml"
  { printf '%s' "$cfn_head"; token; printf '\n'; } > "$work/plain.yaml"
  { printf '%s|\n' "$cfn_head"; lines '            '; } > "$work/literal.yaml"
  # An anchor leaves the quick reader's subset: SnakeYAML reads this one.
  { printf '%s"' "${cfn_start}&role ${cfn_head#"$cfn_start"}"; token; printf '"\n'; } > "$work/snakeyaml.yaml"
  { printf '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"M": {"Type": "AWS::SageMaker::Model", "Properties": {"ExecutionRoleArn": "r", "EnableNetworkIsolation": true, "Tags": [{"Key": "k", "Value": "'
    token; printf '"}]}}}}\n'; } > "$work/template.json"
  # The plan reader skips what it does not need (this string) without holding it, so no limit applies.
  { printf '%s' "$plan_head"; token; printf '"}}]}}, "resource_changes": []}\n'; } > "$work/plan.json"
  { printf '{"resource": {"aws_sagemaker_model": {"m": {"execution_role_arn": "r", "enable_network_isolation": true, "name": "'
    token; printf '"}}}}\n'; } > "$work/tfjson/main.tf.json"
  { printf '%s"' "$model_tf"; token; printf '"\n}\n'; } > "$work/tf-quoted/main.tf"
  { printf '%s<<EOT\n' "$model_tf"; lines ''; printf 'EOT\n}\n'; } > "$work/tf-heredoc/main.tf"
  : > "$work/done-$mb"
fi

# --- timing (as bench/run.sh: medians of wall and user+sys CPU, in ms) ---
TIMEFORMAT='%3R %3U %3S'
s="$work/samples"; rm -rf "$s"; mkdir -p "$s"
sample() { # OUT LOG CMD...: one run from the repository root, appends "wall_ms cpu_ms" to OUT, its output to LOG
  local out=$1 log=$2; shift 2
  local t
  # The exit code is isolint's verdict (2 = an input error, here the limit), not a failure of the benchmark.
  t=$( { time (cd "$root" && "$@" >"$log" 2>&1 </dev/null || true) ; } 2>&1 | tail -n 1)
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<<"$t" >> "$out"
}
median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
outcome() { # LOG: what the scan said, in a few words (the limit that rejected the file, or the verdict)
  if [ ! -s "$1" ]; then echo "stopped after ${TOKEN_TIMEOUT:-?} s"
  elif grep -q -- '--limit string-length' "$1"; then echo "rejected: string-length"
  elif grep -q -- '--limit file-size' "$1"; then echo "rejected: file-size"
  elif grep -q ' 0 FAIL, 0 UNKNOWN, 1 PASS; 0 input errors' "$1"; then echo "read: PASS"
  else echo "unexpected (see $1)"; fi
}
row() { # LABEL PATH ARGS...
  local label=$1 path=$2; shift 2
  local key w c bytes
  key=$(printf '%s' "$label" | tr -c 'A-Za-z0-9' '_')
  for _ in $(seq 1 "$runs"); do sample "$s/$key" "$s/$key.out" ${stop[@]+"${stop[@]}"} "$root/isolint" scan "$@" "$path"; done
  w=$(median "$s/$key" 1); c=$(median "$s/$key" 2)
  bytes=$(du -b -s "$path" | cut -f1)
  printf '%-30s %-23s %8s ms %8s ms %6s MB/s\n' "$label" "$(outcome "$s/$key.out")" "$w" "$c" \
      "$(awk -v b="$bytes" -v w="$w" 'BEGIN {printf "%.1f", (w > 0 ? b / 1e6 / (w / 1000) : 0)}')"
}

echo "one ${mb} MB token per file — $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
printf '%-30s %-23s %11s %11s %11s\n' "case (median of $runs runs)" "outcome" "wall" "cpu" "size/wall"
raise="--limit string-length=$((n * 2))"   # ", raised" below
for f in double-quoted.yaml single-quoted.yaml plain.yaml literal.yaml snakeyaml.yaml template.json; do
  row "$f" "$work/$f"
  # shellcheck disable=SC2086 # two words
  row "$f, raised" "$work/$f" $raise
done
row "plan.json (string skipped)" "$work/plan.json"
row "tfjson/main.tf.json" "$work/tfjson"
# shellcheck disable=SC2086
row "tfjson/main.tf.json, raised" "$work/tfjson" $raise
row "tf-quoted/main.tf" "$work/tf-quoted"
row "tf-heredoc/main.tf" "$work/tf-heredoc"
half=$(( mb > 1 ? mb / 2 : 1 ))
row "plain.yaml, file-size=${half}m" "$work/plain.yaml" --limit "file-size=${half}m"
