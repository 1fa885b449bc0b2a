# The new attribute joins the block's last group of one-line attributes; that group's "=" is re-aligned as
# terraform fmt would; nothing else moves.

variable "isolate" {
  type    = bool
  default = false
}

locals {
  isolation = var.isolate
}

resource "aws_sagemaker_model" "absent" { # expect: ISO001 FAIL
  name               = "recommender"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker" # the shared role

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/recommender:1.4"
  }

  tags = {
    team = "ml"
  }
}

resource "aws_sagemaker_model" "literal" { # expect: ISO001 FAIL
  name                     = "ranker"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = false
}

resource "aws_sagemaker_model" "from_variable" { # expect: ISO001 FAIL
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = local.isolation
}

resource "awscc_sagemaker_model" "short_names" { # expect: ISO001 FAIL
  model_name = "short"
  vpc_config = null
}

resource "aws_sagemaker_model" "isolated" { # expect: ISO001 PASS
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = true
}
