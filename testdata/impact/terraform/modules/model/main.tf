variable "name" {
  type = string
}

# Its name is a literal once the root passes it, and it is created before the old one is destroyed:
# the replacement would collide with the old model's name.
resource "aws_sagemaker_model" "this" {
  name                     = var.name
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = false

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1"
  }

  lifecycle {
    create_before_destroy = true
  }
}

# Nothing in this configuration uses it.
resource "aws_sagemaker_model" "spare" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:0"
  }
}

output "name" {
  value = aws_sagemaker_model.this.name
}
