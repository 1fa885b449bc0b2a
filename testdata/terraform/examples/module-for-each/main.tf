# count and for_each on module calls: instances go into the block's result, the worst decides (SPEC §5).

variable "fleet" {
  type = map(object({
    isolate = optional(bool, true)
  }))
  default = {
    a = {}
    b = { isolate = false }
  }
}

module "fleet" {
  for_each = var.fleet
  source   = "./model"
  isolate  = each.value.isolate
}

module "counted" {
  count   = 2
  source  = "./model"
  isolate = count.index == 0
}

module "secure_fleet" {
  for_each = toset(["x", "y"])
  source   = "./model"
  isolate  = true
}

# No instance: the module's blocks are judged with the arguments as written.
module "disabled" {
  count   = 0
  source  = "./model"
  isolate = true
}

# No instance, and the argument needs each.value: UNKNOWN.
module "disabled_each" {
  for_each = {}
  source   = "./model"
  isolate  = each.value
}
