locals {
  defaults = { isolate = true }
}

output "isolate" {
  value = local.defaults.isolate
}
