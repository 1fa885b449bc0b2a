# Literal values of enable_network_isolation, and the attribute left out (SPEC §4).

resource "aws_sagemaker_model" "isolated" { # expect: ISO001 PASS
  name                     = "isolated"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = true
}

resource "aws_sagemaker_model" "open" { # expect: ISO001 FAIL
  name                     = "open"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = false
}

resource "aws_sagemaker_model" "default" { # expect: ISO001 FAIL
  name               = "default"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:latest"
  }
}

resource "aws_sagemaker_model" "quoted_true" { # expect: ISO001 PASS
  enable_network_isolation = "true"
}

resource "aws_sagemaker_model" "quoted_false" { # expect: ISO001 FAIL
  enable_network_isolation = "false"
}

resource "aws_sagemaker_model" "null" { # expect: ISO001 FAIL
  enable_network_isolation = null
}

resource "aws_sagemaker_model" "interpolated" { # expect: ISO001 PASS
  enable_network_isolation = "${true}"
}

resource "aws_sagemaker_model" "negated" { # expect: ISO001 PASS
  enable_network_isolation = !false
}

resource "aws_sagemaker_model" "single_line" { enable_network_isolation = true } # expect: ISO001 PASS

resource "awscc_sagemaker_model" "cloud_control" { # expect: ISO001 PASS
  enable_network_isolation = true
}

resource "awscc_sagemaker_model" "cloud_control_default" { # expect: ISO001 FAIL
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
}

# Not a SageMaker model: never reported.
resource "aws_sagemaker_endpoint_configuration" "config" {
  name = "config"
}
