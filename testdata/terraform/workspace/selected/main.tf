# `terraform workspace select prod` recorded the workspace in .terraform/environment.
resource "aws_sagemaker_model" "m" {
  name                     = "ranking"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = lookup({ prod = true, staging = false }, terraform.workspace, false)
}
