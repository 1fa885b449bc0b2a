# One service per key; each service deploys a fleet of models.
module "svc" {
  for_each = {
    "alpha" = { isolate = true, replicas = 2 }
    "beta"  = { isolate = false, replicas = 1 }
  }
  source   = "./modules/svc"
  name     = each.key
  isolate  = each.value.isolate
  replicas = each.value.replicas
}

module "single" {
  source   = "./modules/svc"
  name     = "single"
  replicas = 1
}
