# Pure functions, templates, for expressions and splats, evaluated as Terraform does.

variable "environment" {
  default = "prod"
}

variable "flags" {
  type    = map(bool)
  default = {}
}

variable "config" {
  type    = any
  default = {}
}

variable "maybe" {
  type    = bool
  default = null
}

variable "teams" {
  default = [
    { name = "a", isolate = true },
    { name = "b", isolate = false },
  ]
}

resource "aws_sagemaker_model" "tobool" { # expect: ISO001 PASS
  enable_network_isolation = tobool("true")
}

resource "aws_sagemaker_model" "lookup_default" { # expect: ISO001 FAIL
  enable_network_isolation = lookup(var.flags, "isolate", false)
}

resource "aws_sagemaker_model" "try_fallback" { # expect: ISO001 PASS
  enable_network_isolation = try(var.config.isolation.enabled, true)
}

resource "aws_sagemaker_model" "can_missing" { # expect: ISO001 FAIL
  enable_network_isolation = can(var.config.isolation)
}

resource "aws_sagemaker_model" "coalesce_null" { # expect: ISO001 PASS
  enable_network_isolation = coalesce(var.maybe, true)
}

resource "aws_sagemaker_model" "contains" { # expect: ISO001 PASS
  enable_network_isolation = contains(["prod", "staging"], var.environment)
}

resource "aws_sagemaker_model" "merge" { # expect: ISO001 PASS
  enable_network_isolation = merge({ isolate = false }, { isolate = true }).isolate
}

resource "aws_sagemaker_model" "element" { # expect: ISO001 FAIL
  enable_network_isolation = element([true, false], 3)
}

resource "aws_sagemaker_model" "upper" { # expect: ISO001 PASS
  enable_network_isolation = upper(var.environment) == "PROD"
}

resource "aws_sagemaker_model" "template_directive" { # expect: ISO001 PASS
  enable_network_isolation = "%{if var.environment == "prod"}true%{else}false%{endif}"
}

resource "aws_sagemaker_model" "heredoc" { # expect: ISO001 PASS
  enable_network_isolation = trimspace(<<-EOT
    ${var.environment == "prod"}
    EOT
  )
}

resource "aws_sagemaker_model" "for_expression" { # expect: ISO001 FAIL
  enable_network_isolation = alltrue([for t in var.teams : t.isolate])
}

resource "aws_sagemaker_model" "splat" { # expect: ISO001 PASS
  enable_network_isolation = anytrue(var.teams[*].isolate)
}

resource "aws_sagemaker_model" "object_for" { # expect: ISO001 FAIL
  enable_network_isolation = { for t in var.teams : t.name => t.isolate }["b"]
}

resource "aws_sagemaker_model" "length_keys" { # expect: ISO001 PASS
  enable_network_isolation = length(keys({ b = 1, a = 2 })) == 2 && keys({ b = 1, a = 2 })[0] == "a"
}

resource "aws_sagemaker_model" "format_split" { # expect: ISO001 PASS
  enable_network_isolation = format("%s-%d", split(",", "x,prod")[1], 1) == "prod-1"
}

resource "aws_sagemaker_model" "json_roundtrip" { # expect: ISO001 PASS
  enable_network_isolation = jsondecode(jsonencode({ on = true })).on
}

resource "aws_sagemaker_model" "toset_concat" { # expect: ISO001 PASS
  enable_network_isolation = length(toset(concat(["a"], ["a", "b"]))) == 2
}

resource "aws_sagemaker_model" "tomap_values" { # expect: ISO001 FAIL
  enable_network_isolation = values(tomap({ a = false }))[0]
}

resource "aws_sagemaker_model" "arithmetic" { # expect: ISO001 PASS
  enable_network_isolation = (7 % 3) * 2 + 10 / 4 == 4.5
}

resource "aws_sagemaker_model" "tostring" { # expect: ISO001 PASS
  enable_network_isolation = tostring(true) == "true"
}
