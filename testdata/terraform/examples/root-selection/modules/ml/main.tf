variable "isolate" {
  default = false
}

resource "aws_sagemaker_model" "this" { # expect: ISO001 PASS module.ml.aws_sagemaker_model.this
  enable_network_isolation = var.isolate
}
