variable "isolate" {
  type = bool
}

module "model" {
  source            = "../model"
  network_isolation = var.isolate
}

output "effective_isolation" {
  value = module.model.isolation
}
