# A local over a const variable, with a function, is known before init too.
variable "flavour" {
  default = "SECURE"
  const   = true
}

locals {
  modules = "../../modules"
  ml_path = "${local.modules}/${lower(var.flavour)}"
}

module "by_local" {
  source = local.ml_path
}
