variable "models" {
  type = set(string)
}

resource "aws_sagemaker_model" "each" {
  for_each                 = var.models
  name                     = each.key
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = "true"

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}
