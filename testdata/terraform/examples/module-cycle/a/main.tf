module "b" {
  source = "../b"
}

resource "aws_sagemaker_model" "in_a" { # expect: ISO001 FAIL module.a.aws_sagemaker_model.in_a
  enable_network_isolation = false
}
