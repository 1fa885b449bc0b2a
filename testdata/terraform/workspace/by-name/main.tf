# Production isolates its model; other workspaces do not. The verdict depends on terraform.workspace.
locals {
  production = terraform.workspace == "prod"
}

resource "aws_sagemaker_model" "m" {
  name                     = "scoring-${terraform.workspace}"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = local.production
}
