# terraform.tfvars gives the const variable another value, as for any root variable.
variable "flavour" {
  default = "secure"
  const   = true
}

module "by_tfvars" {
  source = "../../modules/${var.flavour}"
}
