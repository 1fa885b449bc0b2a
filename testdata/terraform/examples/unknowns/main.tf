# Values Terraform knows only at apply time, and functions isolint does not evaluate: UNKNOWN, naming why.

variable "environment" {
  default = "prod"
}

resource "aws_iam_role" "sagemaker" {
  name = "sagemaker"
}

data "aws_ssm_parameter" "isolation" {
  name = "/ml/isolation"
}

resource "aws_sagemaker_model" "resource_attribute" { # expect: ISO001 UNKNOWN
  enable_network_isolation = aws_iam_role.sagemaker.name == "sagemaker"
}

resource "aws_sagemaker_model" "data_source" { # expect: ISO001 UNKNOWN
  enable_network_isolation = data.aws_ssm_parameter.isolation.value
}

resource "aws_sagemaker_model" "file_function" { # expect: ISO001 UNKNOWN
  enable_network_isolation = file("${path.module}/isolation.txt") == "true"
}

resource "aws_sagemaker_model" "regex" { # expect: ISO001 UNKNOWN
  enable_network_isolation = regex("^p", var.environment) == "p"
}

# false && anything is false, whatever the other side is.
resource "aws_sagemaker_model" "decided_anyway" { # expect: ISO001 FAIL
  enable_network_isolation = false && aws_iam_role.sagemaker.name == "x"
}

resource "aws_sagemaker_model" "undeclared_variable" { # expect: ISO001 UNKNOWN
  enable_network_isolation = var.not_declared
}

resource "aws_sagemaker_model" "not_a_bool" { # expect: ISO001 UNKNOWN
  enable_network_isolation = "yes"
}
