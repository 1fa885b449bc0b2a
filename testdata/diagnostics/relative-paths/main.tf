resource "aws_iam_role" "this" {
  name = "declared twice"
}

module "ml" {
  source = "./ml"
}

module "absent" {
  source = "./not-checked-out"
}
