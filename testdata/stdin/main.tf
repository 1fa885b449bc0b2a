# Piped to `isolint scan --stdin-filename main.tf -`: a one-file module. Without the name it is a notice.
resource "aws_sagemaker_model" "piped" {
  name                     = "piped"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = false

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:latest"
  }
}
