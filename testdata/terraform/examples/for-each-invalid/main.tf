# for_each values Terraform rejects: the instances cannot be known, so the value as written decides.

variable "names" {
  default = ["a", "b"]
}

resource "aws_sagemaker_model" "over_a_list" { # expect: ISO001 UNKNOWN
  for_each                 = var.names
  enable_network_isolation = each.value == "a"
}

resource "aws_sagemaker_model" "over_a_list_but_false" { # expect: ISO001 FAIL
  for_each                 = var.names
  enable_network_isolation = false
}

resource "aws_sagemaker_model" "count_and_for_each" { # expect: ISO001 UNKNOWN
  count                    = 1
  for_each                 = toset(var.names)
  enable_network_isolation = each.key == "a"
}
