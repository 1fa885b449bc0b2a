module "ml" {
  source  = "../ml"
  isolate = false
}
