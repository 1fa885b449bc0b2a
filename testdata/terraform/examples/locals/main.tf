# Locals in any order, conditionals and comparisons (SPEC §4).

variable "environment" {
  default = "prod"
}

variable "isolate_outside_prod" {
  default = false
}

locals {
  # Uses local.env, defined below: order does not matter.
  is_prod   = local.env == "prod"
  env       = lower(var.environment)
  isolation = local.is_prod ? true : var.isolate_outside_prod
  settings = {
    isolate = true
    tags    = { team = "ml" }
  }
  from_json = jsondecode("{\"isolate\": false}")
  staging   = local.env == "staging" || var.isolate_outside_prod
}

resource "aws_sagemaker_model" "prod" { # expect: ISO001 PASS
  enable_network_isolation = local.isolation
}

resource "aws_sagemaker_model" "settings" { # expect: ISO001 PASS
  enable_network_isolation = local.settings.isolate
}

resource "aws_sagemaker_model" "decoded" { # expect: ISO001 FAIL
  enable_network_isolation = local.from_json["isolate"]
}

resource "aws_sagemaker_model" "staging" { # expect: ISO001 FAIL
  enable_network_isolation = local.staging
}
