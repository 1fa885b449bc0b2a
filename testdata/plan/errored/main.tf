variable "isolate" {
  type    = bool
  default = false
}

resource "aws_sagemaker_model" "guarded" {
  name                     = "guarded"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = var.isolate
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
  lifecycle {
    postcondition {
      condition     = self.enable_network_isolation == true
      error_message = "SageMaker models must be isolated."
    }
  }
}

resource "aws_sagemaker_model" "fine" {
  name                     = "fine"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = true
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}
