# A const variable passed on to a module whose own module source uses it.
variable "child_name" {
  default = "nested-only"
  const   = true
}

module "parent" {
  source = "../../modules/parent"
  child  = var.child_name
}
