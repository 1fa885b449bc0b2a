module "ml" {
  source  = "../../modules/ml"
  isolate = false
}

module "ml_canary" {
  source  = "../../modules/ml"
  isolate = false
}

resource "aws_sagemaker_model" "local" {
  enable_network_isolation = false
}
