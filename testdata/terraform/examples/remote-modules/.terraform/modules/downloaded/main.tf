variable "isolate" {
  type = bool
}

resource "aws_sagemaker_model" "remote" { # expect: ISO001 FAIL module.downloaded.aws_sagemaker_model.remote
  enable_network_isolation = var.isolate
}
