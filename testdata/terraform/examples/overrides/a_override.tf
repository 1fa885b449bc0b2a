resource "aws_sagemaker_model" "overridden" {
  enable_network_isolation = false
}

locals {
  isolation = true
}
