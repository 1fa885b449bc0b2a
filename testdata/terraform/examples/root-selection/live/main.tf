# modules/ml is called from here, so it is evaluated through this call only, not also as a root.
module "ml" {
  source  = "../modules/ml"
  isolate = true
}
