#!/usr/bin/env bash
# Regenerates the plan fixtures of this directory with the real Terraform binary and AWS provider,
# offline: dummy credentials, skip_* provider flags, -refresh=false, a local plugin directory.
# Tests never run this; they read the committed JSON. Needs terraform (1.11), python3 and
#   TF_PLUGIN_DIR (default /opt/tf-plugins) holding registry.terraform.io/hashicorp/aws/5.100.0.
# Only the JSON is kept: plan.out, .terraform and lock files stay in a temporary directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
plugins=${TF_PLUGIN_DIR:-/opt/tf-plugins}
export AWS_ACCESS_KEY_ID=AKIAEXAMPLEEXAMPLE AWS_SECRET_ACCESS_KEY=dummy AWS_EC2_METADATA_DISABLED=true
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# plan CASE [SOURCE [STATE]]: writes $work/CASE.json, the raw one-line output of terraform show -json, of the .tf
# files of SOURCE (default: this directory's CASE), planned against STATE (default: SOURCE/prior.tfstate, if any).
plan() {
  local case=$1 src=${2:-$here/$1}
  local state=${3:-$src/prior.tfstate}
  mkdir -p "$work/$case"
  (cd "$src" && find . -name '*.tf' -exec cp --parents {} "$work/$case" \;)
  if [ -f "$state" ]; then cp "$state" "$work/$case/terraform.tfstate"; fi
  # The offline provider set-up is added here, not committed: the fixtures hold only what they test.
  cat >"$work/$case/offline_provider.tf" <<'TF'
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
}
TF
  (cd "$work/$case" \
    && terraform init -input=false -plugin-dir="$plugins" >/dev/null \
    && { terraform plan -input=false -refresh=false -out=plan.out >"$work/$case.log" 2>&1 || true; } \
    && terraform show -json plan.out >"$work/$case.json")
}
pretty() { python3 -m json.tool --indent 2 --no-ensure-ascii "$1"; }

plan unknown
plan modules
plan lifecycle
plan errored     # a failing postcondition: Terraform saves the plan with "errored": true
rules=$(cd "$here/../rules" && pwd)
plan iso002-aws "$rules/ISO002/terraform/aws"   # the rule examples that the aws provider has (SPEC §3)
plan iso001-aws "$rules/ISO001/terraform/aws"
# Impact (SPEC §12): the example with its model in one module and its endpoint in another, planned against a state
# where the model was deployed under another name, so the plan replaces it and, with it, the endpoint configuration.
impact=$(cd "$here/../impact" && pwd)
plan impact "$impact/terraform" "$impact/plan/prior.tfstate"

cp "$work/unknown.json" "$here/unknown/plan.json"                 # one long line, as Terraform prints it
pretty "$work/modules.json" >"$here/modules/plan.json"
pretty "$work/lifecycle.json" >"$here/lifecycle/plan.json"
pretty "$work/errored.json" >"$here/errored/plan.json.invalid"     # .invalid: kept out of directory walks
pretty "$work/iso002-aws.json" >"$rules/ISO002/terraform/aws/plan.json"
pretty "$work/iso001-aws.json" >"$rules/ISO001/terraform/aws/plan.json"
pretty "$work/impact.json" >"$impact/plan/plan.json"

mkdir -p "$here/encodings" "$here/invalid"
python3 - "$here" "$work/unknown.json" <<'PY'
import sys
here, src = sys.argv[1], sys.argv[2]
line = open(src, encoding="utf-8").read().rstrip("\n")
# Windows PowerShell 5: `terraform show -json plan.out > plan.json` writes UTF-16 LE with a BOM and CRLF.
open(f"{here}/encodings/powershell-utf16le-bom.json", "wb").write(("\ufeff" + line + "\r\n").encode("utf-16-le"))
open(f"{here}/encodings/utf16be-no-bom.json", "wb").write((line + "\n").encode("utf-16-be"))
open(f"{here}/encodings/utf8-bom.json", "wb").write(("\ufeff" + line + "\n").encode("utf-8"))
modules = open(f"{here}/modules/plan.json", encoding="utf-8").read()
open(f"{here}/invalid/truncated.json.invalid", "w", encoding="utf-8").write(modules[: len(modules) * 3 // 5])
open(f"{here}/invalid/format-2.json.invalid", "w", encoding="utf-8").write(
    line.replace('"format_version":"1.2"', '"format_version":"2.0"', 1) + "\n")
PY
echo "plan fixtures regenerated in $here"
