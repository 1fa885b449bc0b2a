# Terraform rejects a cycle among locals; isolint cannot know the value and says why.

locals {
  a = local.b
  b = local.c
  c = !local.a
}

resource "aws_sagemaker_model" "cycle" { # expect: ISO001 UNKNOWN
  enable_network_isolation = local.a
}

resource "aws_sagemaker_model" "unaffected" { # expect: ISO001 PASS
  enable_network_isolation = true
}
