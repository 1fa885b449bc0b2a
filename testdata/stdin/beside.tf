# In the directory of testdata/stdin/main.tf, but standard input named so is a one-file module: never read then.
resource "aws_sagemaker_model" "beside" {
  name                     = "beside"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = false

  primary_container {
    image = "model:latest"
  }
}
