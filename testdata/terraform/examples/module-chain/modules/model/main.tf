variable "network_isolation" {
  type    = bool
  default = true
}

resource "aws_sagemaker_model" "this" { # expect: ISO001 PASS module.platform.module.model.aws_sagemaker_model.this, ISO001 FAIL module.sandbox.module.model.aws_sagemaker_model.this
  enable_network_isolation = var.network_isolation
}

output "isolation" {
  value = var.network_isolation
}
