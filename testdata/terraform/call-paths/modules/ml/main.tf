variable "isolate" {
  type = bool
}

resource "aws_sagemaker_model" "this" {
  enable_network_isolation = var.isolate
}
