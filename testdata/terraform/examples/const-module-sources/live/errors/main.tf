# What Terraform rejects in a module source is an input error at the source line.
variable "not_const" {
  default = "secure"
}

variable "no_value" {
  const = true
}

variable "registry" {
  default = "terraform-aws-modules/sagemaker/aws"
  const   = true
}

variable "bad_const" {
  default = "secure"
  const   = "sometimes" # expect-error: const must be true or false
}

module "from_plain_variable" {
  source = "../../modules/${var.not_const}" # expect-error: source must be known before init, but it uses var.not_const, which is not declared const = true
}

module "from_missing_value" {
  source = "../../modules/${var.no_value}" # expect-error: source must be known before init, but variable
}

module "from_count" {
  count  = 2
  source = "../../modules/secure-${count.index}" # expect-error: source must be known before init, but it uses count.index, which
}

# A registry address reached through a const variable is a notice, exactly like a literal one.
module "from_registry" {
  source = var.registry # expect-notice: not scanned (not downloaded into .terraform/modules
}

module "parent_bad" {
  source = "../../modules/parent"
  child  = var.not_const
}

module "from_workspace" {
  source = "../../modules/${terraform.workspace}" # expect-error: it uses terraform.workspace, which Terraform does not allow in a module source
}
