#!/usr/bin/env python3
"""Checks the Terraform examples against Terraform itself (a development aid, not a test dependency).

Each example is copied, its SageMaker models turned into `terraform_data` resources (Terraform's
built-in provider, so `terraform init` and `terraform plan` work offline) with
`input = <the enable_network_isolation expression>`, and planned. For every block that has
instances in the plan, the worst instance (true/"true" passes; false, null or absent fails;
unknown is unknown) must equal isolint's verdict. Blocks without instances (judged as written)
and examples Terraform refuses to plan are listed as not comparable.

Usage (from the repository root): python3 testdata/terraform/verify-with-terraform.py [EXAMPLE...]
"""
import json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(ROOT, "examples")
RANK = {"FAIL": 0, "UNKNOWN": 1, "PASS": 2}
# Inputs an example needs before Terraform agrees to plan it (given to isolint too), and where its root is.
VARS = {"variables": ["required=true"]}
ROOTS = {"root-selection": "live"}
TYPES = ("aws_sagemaker_model", "awscc_sagemaker_model")


def transform_hcl(text):
    # Other resource types need providers that cannot be installed offline: built-in resources stand in.
    text = re.sub(r'resource\s+"((?!aws_sagemaker_model"|awscc_sagemaker_model")[a-z0-9_]+)"\s+"([^"]+)"',
                  lambda m: 'resource "terraform_data" "%s__%s"' % (m.group(1), m.group(2)), text)
    for t in TYPES:
        text = re.sub(r'resource\s+"%s"\s+"([^"]+)"' % t, lambda m: 'resource "terraform_data" "%s__%s"' % (t, m.group(1)), text)
        text = text.replace(t + ".", "terraform_data." + t + "__")
    text = re.sub(r'(^|\{)(\s*)enable_network_isolation(\s*)=', r'\1\2input\3=', text, flags=re.M)
    text = re.sub(r'^\s*(name|execution_role_arn)\s*=.*$', '', text, flags=re.M)
    text = re.sub(r'\n\s*primary_container\s*\{[^}]*\}', '\n', text)
    return text


def transform_json(doc):
    if isinstance(doc, dict):
        out = {}
        for k, v in doc.items():
            if k in TYPES and isinstance(v, (dict, list)):
                items = v if isinstance(v, list) else [v]
                merged = out.setdefault("terraform_data", {})
                for item in items:
                    for name, body in item.items():
                        body = {("input" if bk == "enable_network_isolation" else bk): bv
                                for bk, bv in body.items() if bk not in ("name", "//")}
                        merged[k + "__" + name] = body
            else:
                out[k] = transform_json(v)
        return out
    if isinstance(doc, list):
        return [transform_json(x) for x in doc]
    return doc


def plan(case_dir, name):
    work = tempfile.mkdtemp()
    dst = os.path.join(work, "case")
    shutil.copytree(case_dir, dst)
    for base, _, files in os.walk(dst):
        for f in files:
            p = os.path.join(base, f)
            if f.endswith(".tf"):
                text = transform_hcl(open(p).read())
                open(p, "w").write(text)
            elif f.endswith(".tf.json"):
                doc = transform_json(json.load(open(p)))
                json.dump(doc, open(p, "w"))
    root = os.path.join(dst, ROOTS.get(name, ""))
    run = lambda *a: subprocess.run(["terraform", *a], cwd=root, capture_output=True, text=True, timeout=300)
    if run("init", "-backend=false", "-input=false", "-no-color").returncode != 0:
        return None, "terraform init failed"
    extra = [a for v in VARS.get(name, []) for a in ("-var", v)]
    p = run("plan", "-refresh=false", "-input=false", "-no-color", "-out=plan.out", *extra)
    if p.returncode != 0:
        return None, "terraform refuses to plan: " + (p.stderr.strip().splitlines() or ["?"])[-1][:150]
    show = run("show", "-json", "plan.out")
    changes = json.loads(show.stdout).get("resource_changes", [])
    verdicts = {}
    for c in changes:
        if c["type"] != "terraform_data":
            continue
        addr = re.sub(r'\[[^\]]*\]', '', c["address"])
        addr = addr.replace("terraform_data.", "").replace("__", ".", 1)
        if not addr.split(".")[-2] in TYPES:
            continue
        after, unknown = c["change"].get("after") or {}, c["change"].get("after_unknown") or {}
        v = after.get("input")
        verdict = "UNKNOWN" if unknown.get("input") else ("PASS" if v is True or v == "true" else "FAIL")
        verdicts[addr] = min(verdicts.get(addr, "PASS"), verdict, key=RANK.get)
    shutil.rmtree(work)
    return verdicts, None


def isolint(case_dir, name):
    launcher = os.path.join(ROOT, "..", "..", "isolint")
    extra = [a for v in VARS.get(name, []) for a in ("--var", v)]
    p = subprocess.run([launcher, "scan", "--format", "json", *extra, "."], cwd=case_dir, capture_output=True,
                       text=True)
    return {r["resource"]["address"]: r["verdict"] for r in json.loads(p.stdout)["results"]}


def main(names):
    names = names or sorted(d for d in os.listdir(EXAMPLES) if os.path.isdir(os.path.join(EXAMPLES, d)))
    bad = 0
    for name in names:
        case = os.path.join(EXAMPLES, name)
        theirs, why = plan(case, name)
        if theirs is None:
            print(f"{name}: not comparable ({why})")
            continue
        ours = isolint(case, name)
        for addr, verdict in sorted(theirs.items()):
            mine = ours.get(addr)
            status = "ok" if mine == verdict else "MISMATCH"
            bad += status != "ok"
            print(f"{name}: {addr}: terraform {verdict}, isolint {mine} {status}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
