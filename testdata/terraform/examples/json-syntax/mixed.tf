# Native syntax in the same module can use what the JSON files declare.
resource "aws_sagemaker_model" "native" { # expect: ISO001 PASS
  enable_network_isolation = local.flag && var.isolate
}
