# The child's directory comes from the caller's const argument: only a walk from a root knows it.
variable "child" {
  type  = string
  const = true
}

module "child" {
  source = "../${var.child}" # expect-error: source must be known before init, but var.child (from module
}
