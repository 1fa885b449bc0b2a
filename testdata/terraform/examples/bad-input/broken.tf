resource "aws_sagemaker_model" "broken" { # expect-error: expected "}" to close resource block opened at 1:1
  enable_network_isolation = true

  primary_container {
    image = "example"
  }
