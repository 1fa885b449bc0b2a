# Remote modules are read from .terraform/modules when terraform init downloaded them; never fetched.

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws" # expect-notice: remote source "terraform-aws-modules/vpc/aws" not scanned
  version = "5.0.0"
}

module "downloaded" {
  source  = "git::https://example.com/ml-models.git?ref=v1"
  isolate = false
}

# A module whose directory is missing is not scanned either (a partial checkout).
module "missing" {
  source = "./not-there" # expect-notice: is not a directory
}

resource "aws_sagemaker_model" "from_remote_output" { # expect: ISO001 UNKNOWN
  enable_network_isolation = module.vpc.enable_network_isolation
}
