# Only modules/parent calls this directory, through a const variable its caller sets.
resource "aws_sagemaker_model" "m" { # expect: ISO001 PASS module.parent.module.child.aws_sagemaker_model.m
  enable_network_isolation = true
}
