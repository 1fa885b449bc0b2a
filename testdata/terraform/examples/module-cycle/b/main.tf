module "a" { # expect-error: module cycle
  source = "../a"
}

resource "aws_sagemaker_model" "in_b" { # expect: ISO001 PASS module.a.module.b.aws_sagemaker_model.in_b
  enable_network_isolation = true
}
