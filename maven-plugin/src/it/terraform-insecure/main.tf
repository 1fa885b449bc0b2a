# A SageMaker model whose container may call out while hosting.
resource "aws_sagemaker_model" "insecure" {
  name                     = "insecure"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = false

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:latest"
  }
}
