resource "aws_sagemaker_model" "m" {
  execution_role_arn       = "arn:aws:iam::123456789012:role/model"
  enable_network_isolation = true
}
