# Impact example (SPEC §12): a model in one module, its endpoint in another, wired through outputs and inputs.

module "model" {
  source = "./modules/model"
  name   = "churn-model"
}

module "serving" {
  source     = "./modules/serving"
  model_name = module.model.name
}

# A literal name and no lifecycle of its own: the endpoint configuration that names it sets
# create_before_destroy, and Terraform propagates that to what it depends on.
resource "aws_sagemaker_model" "ranker" {
  name               = "ranker-v1"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/ranker:1"
  }
}

resource "aws_sagemaker_endpoint_configuration" "ranker" {
  production_variants {
    variant_name           = "main"
    model_name             = "ranker-v1"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }

  lifecycle {
    create_before_destroy = true
  }
}
