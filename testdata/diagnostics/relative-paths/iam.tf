resource "aws_iam_role" "this" {
  name = "model-execution"
}
