variable "name" {
  type = string
}

variable "isolate" {
  type    = bool
  default = null
}

variable "replicas" {
  type = number
}

resource "aws_sagemaker_model" "m" {
  count                    = var.replicas
  name                     = "${var.name}-${count.index}"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = var.isolate
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}

module "shadow" {
  source = "./modules/model"
  models = toset(["${var.name}-shadow"])
}
