module "stack" {
  source = "../../modules/stack"
}
