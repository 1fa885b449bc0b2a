module "ml" {
  source  = "../../modules/ml"
  isolate = false
}
