variable "isolate" {
  type = bool
}

resource "aws_sagemaker_model" "this" { # expect: ISO001 FAIL module.fleet.aws_sagemaker_model.this, ISO001 FAIL module.counted.aws_sagemaker_model.this, ISO001 PASS module.secure_fleet.aws_sagemaker_model.this, ISO001 PASS module.disabled.aws_sagemaker_model.this, ISO001 UNKNOWN module.disabled_each.aws_sagemaker_model.this
  enable_network_isolation = var.isolate
}
