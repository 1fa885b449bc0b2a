# The Cloud Control provider plans every optional attribute it is not given as "known after apply".
terraform {
  required_providers {
    awscc = { source = "hashicorp/awscc", version = "1.40.0" }
  }
}

provider "awscc" {
  region = "us-east-1"
}

resource "terraform_data" "flag" {
  input = true
}

# Not set: planned as unknown, yet nothing will set it, so isolation stays off.
resource "awscc_sagemaker_model" "omitted" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sm"
  primary_container = {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}

# Depends on another resource's output: truly known only after apply.
resource "awscc_sagemaker_model" "computed" {
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = terraform_data.flag.output
  primary_container = {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}

resource "awscc_sagemaker_model" "isolated" {
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = true
  primary_container = {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}

# Explicit null is the same as not writing it.
resource "awscc_sagemaker_model" "nulled" {
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = null
  primary_container = {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}
