# Read after a_override.tf: its value wins.
resource "aws_sagemaker_model" "overridden" {
  enable_network_isolation = true
}
