resource "aws_sagemaker_model" "isolated" {
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = true
}

# Not downloaded (no terraform init): a notice normally, an input error under strict.
module "remote" {
  source = "git::https://example.com/ml-models.git"
}
