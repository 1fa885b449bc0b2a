# Reached only through sources built from const variables: judged once per call path, never as a root.
resource "aws_sagemaker_model" "m" { # expect: ISO001 PASS module.by_default.aws_sagemaker_model.m, ISO001 PASS module.by_local.aws_sagemaker_model.m
  enable_network_isolation = true
}
