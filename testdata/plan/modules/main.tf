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

# One service per key; each service deploys a fleet of models.
module "svc" {
  for_each = {
    "alpha" = { isolate = true, replicas = 2 }
    "beta"  = { isolate = false, replicas = 1 }
  }
  source   = "./modules/svc"
  name     = each.key
  isolate  = each.value.isolate
  replicas = each.value.replicas
}

module "single" {
  source   = "./modules/svc"
  name     = "single"
  replicas = 1
}
