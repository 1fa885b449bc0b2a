locals {
  models = {
    recommender = { image = "recommender:1.4", isolate = false }
    fraud       = { image = "fraud:3.1", isolate = true }
  }
}

module "ml" {
  source   = "../../modules/ml"
  for_each = local.models

  name              = each.key
  image             = each.value.image
  network_isolation = each.value.isolate
}
