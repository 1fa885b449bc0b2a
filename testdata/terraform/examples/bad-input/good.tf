# The other files of the module are still evaluated.
resource "aws_sagemaker_model" "still_scanned" { # expect: ISO001 FAIL
  enable_network_isolation = false
}
