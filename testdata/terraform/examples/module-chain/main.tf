# Local modules nested two deep, inputs evaluated in the caller, outputs read back (SPEC §4).

variable "environment" {
  default = "prod"
}

module "platform" {
  source  = "./modules/platform"
  isolate = var.environment == "prod"
}

module "sandbox" {
  source  = "./modules/platform"
  isolate = false
}

module "settings" {
  source = "./modules/settings"
}

resource "aws_sagemaker_model" "from_output" { # expect: ISO001 PASS
  enable_network_isolation = module.settings.isolate
}

resource "aws_sagemaker_model" "from_nested_output" { # expect: ISO001 FAIL
  enable_network_isolation = module.sandbox.effective_isolation
}
