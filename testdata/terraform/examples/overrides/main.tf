# Override files (override.tf, *_override.tf) merged in lexical order after the other files.

variable "isolate" {
  default = false
}

locals {
  isolation = false
}

resource "aws_sagemaker_model" "overridden" { # expect: ISO001 PASS
  enable_network_isolation = false
}

resource "aws_sagemaker_model" "by_variable" { # expect: ISO001 PASS
  enable_network_isolation = var.isolate
}

resource "aws_sagemaker_model" "by_local" { # expect: ISO001 PASS
  enable_network_isolation = local.isolation
}

resource "aws_sagemaker_model" "untouched" { # expect: ISO001 FAIL
  enable_network_isolation = false
}
