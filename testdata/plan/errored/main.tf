terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
}

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
