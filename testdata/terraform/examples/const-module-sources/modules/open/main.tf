resource "aws_sagemaker_model" "m" { # expect: ISO001 FAIL module.by_tfvars.aws_sagemaker_model.m
  enable_network_isolation = false
}
