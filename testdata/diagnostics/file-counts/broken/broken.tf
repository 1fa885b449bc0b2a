resource "aws_sagemaker_model" "m" {
  enable_network_isolation = 
