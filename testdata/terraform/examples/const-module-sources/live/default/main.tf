# Terraform 1.15+: a module source may use variables declared const = true (here, its default).
variable "flavour" {
  type    = string
  default = "secure"
  const   = true
}

module "by_default" {
  source = "../../modules/${var.flavour}"
}
