# SageMaker models of the aws provider. The plan beside this file (plan.json) is this configuration
# planned by Terraform 1.11 with the AWS provider 5.100.0; its expectations are in plan.json.expect.

variable "isolate" {
  type    = bool
  default = false
}

locals {
  role_arn = "arn:aws:iam::123456789012:role/sagemaker-execution"
  image    = "123456789012.dkr.ecr.us-east-1.amazonaws.com/recommender:1.4"
}

resource "terraform_data" "isolation_flag" {
  input = true
}

resource "aws_sagemaker_model" "isolated" { # expect: ISO001 PASS
  name                     = "recommender-isolated"
  execution_role_arn       = local.role_arn
  enable_network_isolation = true

  primary_container {
    image = local.image
  }
}

# Not set: the service default is off.
resource "aws_sagemaker_model" "open" { # expect: ISO001 FAIL
  execution_role_arn = local.role_arn

  primary_container {
    image = local.image
  }
}

resource "aws_sagemaker_model" "from_variable" { # expect: ISO001 FAIL
  execution_role_arn       = local.role_arn
  enable_network_isolation = var.isolate

  primary_container {
    image = local.image
  }
}

# Known only after apply: another resource's output.
resource "aws_sagemaker_model" "computed" { # expect: ISO001 UNKNOWN
  execution_role_arn       = local.role_arn
  enable_network_isolation = terraform_data.isolation_flag.output

  primary_container {
    image = local.image
  }
}
