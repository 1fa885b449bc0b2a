resource "aws_sagemaker_model" "this" {
  name                     = var.name
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = var.network_isolation

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/${var.image}"
  }
}
