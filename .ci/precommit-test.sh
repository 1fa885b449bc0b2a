#!/usr/bin/env bash
# End-to-end test of the pre-commit hook (.pre-commit-hooks.yaml) with the stock `pre-commit` tool.
#
# Snapshots this working tree (tracked and untracked, not ignored files) into a throw-away hook
# repository, installs the hook from it in a fresh git repository exactly as a user would
# (repo: <path>, rev: <sha>, hooks: [{id: isolint}]), and makes real commits: a clean one must pass, an
# insecure change must be blocked with the finding printed. Each case is reported on its own line.
# Terraform cases need the Terraform reader: when this build has none they are reported as skipped.
# Exit status: 0 when every case that ran passed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
command -v pre-commit >/dev/null || { echo "precommit-test: pre-commit is not installed (apt-get install pre-commit)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/isolint-precommit.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"   # a clean pre-commit cache: the hook is cloned and built from scratch
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=isolint GIT_AUTHOR_EMAIL=isolint@example.invalid
export GIT_COMMITTER_NAME=isolint GIT_COMMITTER_EMAIL=isolint@example.invalid

# --- the hook repository: this working tree as one commit ---
hookrepo="$work/hookrepo"
mkdir -p "$hookrepo"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - 2>/dev/null) \
    | (cd "$hookrepo" && tar -xf -)
git -C "$hookrepo" init -q
git -C "$hookrepo" -c core.safecrlf=false add -A
git -C "$hookrepo" commit -qm "isolint snapshot for the pre-commit test"
rev=$(git -C "$hookrepo" rev-parse HEAD)

# --- the user's repository ---
repo="$work/repo"
mkdir -p "$repo"
cd "$repo"
git init -q
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $hookrepo
    rev: $rev
    hooks:
      - id: isolint
EOF
pre-commit install >/dev/null

write_template() { # $1 = value of EnableNetworkIsolation
  mkdir -p cfn
  cat > cfn/model.yaml <<EOF
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Model:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1
      EnableNetworkIsolation: $1
EOF
}

write_terraform() { # $1 = default of var.isolate in infra/variables.tf, $2 = module input in envs/prod
  mkdir -p infra modules/ml envs/prod
  cat > infra/variables.tf <<EOF
variable "isolate" {
  type    = bool
  default = $1
}
EOF
  cat > infra/main.tf <<'EOF'
resource "aws_sagemaker_model" "inference" {
  name                     = "inference"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = var.isolate

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1"
  }
}
EOF
  cat > modules/ml/main.tf <<'EOF'
variable "isolate" {
  type = bool
}

resource "aws_sagemaker_model" "this" {
  name                     = "ml"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = var.isolate

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1"
  }
}
EOF
  cat > envs/prod/main.tf <<EOF
module "ml" {
  source  = "../../modules/ml"
  isolate = $2
}
EOF
}

failures=0
report() { # $1 = case, $2 = PASS|FAIL|SKIP, $3 = detail
  printf '%-4s %s%s\n' "$2" "$1" "${3:+ — $3}"
  [ "$2" = FAIL ] && failures=$((failures + 1))
  return 0
}

# commit_expect NAME pass|block [FILE ADDRESS]: commits what is staged; for "block" the commit must fail
# and print a FAIL ISO001 finding naming FILE and ADDRESS (the text report's layout may change, these
# do not); the change is then undone so the next case starts clean.
commit_expect() {
  local name=$1 expect=$2; shift 2
  local out rc
  out=$(git commit -qm "$name" 2>&1); rc=$?
  if [ "$expect" = pass ]; then
    if [ $rc -eq 0 ]; then report "$name" PASS "commit accepted"; else report "$name" FAIL "commit rejected:"; echo "$out" | sed 's/^/     | /'; fi
    return
  fi
  local missing=""
  for want in FAIL ISO001 "$@"; do grep -qF -- "$want" <<<"$out" || missing="$missing '$want'"; done
  if [ $rc -ne 0 ] && [ -z "$missing" ]; then
    report "$name" PASS "commit blocked, finding printed: $(grep -m1 -F -- "$2" <<<"$out" | sed 's/^ *//')"
  elif [ $rc -eq 0 ]; then
    report "$name" FAIL "commit was accepted"; git reset -q --soft HEAD~1
  else
    report "$name" FAIL "commit blocked but output lacks$missing:"; echo "$out" | sed 's/^/     | /'
  fi
  git reset -q --hard HEAD
}

# --- CloudFormation ---
write_template true
echo "# demo" > README.md
git add -A
commit_expect "clean commit (first run builds the hook with Maven)" pass

write_template false
git add -A
commit_expect "insecure CloudFormation change is blocked" block cfn/model.yaml Model

echo "more docs" >> README.md
git add -A
commit_expect "unrelated change in a clean repository passes" pass

# --- Terraform (needs the Terraform reader) ---
write_terraform true true
git add -A
commit_expect "clean Terraform commit" pass
# Does the hook's build read Terraform? Ask its launcher (built by the first commit) for a JSON report.
hook_launcher=$(ls -d "$PRE_COMMIT_HOME"/repo*/isolint 2>/dev/null | head -n 1)
if ! "$hook_launcher" scan -f json infra 2>/dev/null | grep -q '"aws_sagemaker_model"'; then
  report "variables.tf default flipped: unchanged main.tf is blocked" SKIP "this build has no Terraform reader yet"
  report "caller's module input flipped: unchanged module is blocked" SKIP "this build has no Terraform reader yet"
  report "terraform.tfvars deleted: default applies and is blocked" SKIP "this build has no Terraform reader yet"
else
  write_terraform false true
  git add -A
  commit_expect "variables.tf default flipped: unchanged main.tf is blocked" block \
      infra/main.tf aws_sagemaker_model.inference

  write_terraform true false
  git add -A
  commit_expect "caller's module input flipped: unchanged module is blocked" block \
      modules/ml/main.tf module.ml.aws_sagemaker_model.this

  write_terraform false true
  echo "isolate = true" > infra/terraform.tfvars
  git add -A
  commit_expect "tfvars sets isolation on over an insecure default" pass
  git rm -q infra/terraform.tfvars
  commit_expect "terraform.tfvars deleted: default applies and is blocked" block \
      infra/main.tf aws_sagemaker_model.inference
fi

echo
if [ $failures -eq 0 ]; then echo "pre-commit test: all cases that ran passed"; else echo "pre-commit test: $failures case(s) failed"; fi
[ $failures -eq 0 ]
