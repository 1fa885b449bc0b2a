variable "model_name" {
  type = string
}

resource "aws_sagemaker_endpoint_configuration" "this" {
  production_variants {
    variant_name           = "main"
    model_name             = var.model_name
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint" "this" {
  name                 = "churn"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.this.name
}
