# Isolated only when all four of `--var a=1 --var b=2 --var-file x.tfvars --var-file y.tfvars` were applied,
# in command-line order: `last` is set by both files, and the later one (y.tfvars) wins, as in Terraform.
variable "a" {
  default = "unset"
}

variable "b" {
  default = "unset"
}

variable "c" {
  default = "unset"
}

variable "d" {
  default = "unset"
}

variable "last" {
  default = "unset"
}

resource "aws_sagemaker_model" "ordered" {
  name                     = "ordered"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = var.a == "1" && var.b == "2" && var.c == "x" && var.d == "y" && var.last == "y"

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:latest"
  }
}
