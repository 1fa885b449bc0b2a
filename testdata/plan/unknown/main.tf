resource "aws_s3_bucket" "artifacts" {
  bucket_prefix = "models-"
}

# The isolation flag depends on an attribute only known after apply.
resource "aws_sagemaker_model" "computed" {
  name                     = "computed"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = length(aws_s3_bucket.artifacts.arn) > 0
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}

resource "aws_sagemaker_model" "isolated" {
  name                     = "isolated"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = true
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
  }
}

data "aws_sagemaker_prebuilt_ecr_image" "xgb" {
  repository_name = "sagemaker-xgboost"
  image_tag       = "1.7-1"
}
