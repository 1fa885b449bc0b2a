locals {
  role  = "arn:aws:iam::123456789012:role/sm"
  image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1"
}

# Was deployed without isolation; turning it on forces a new model (delete, then create).
resource "aws_sagemaker_model" "replaced" {
  name                     = "replaced"
  execution_role_arn       = local.role
  enable_network_isolation = true
  primary_container {
    image = local.image
  }
}

# Was isolated; switching isolation off replaces it, new model first (create, then delete).
resource "aws_sagemaker_model" "replaced_cbd" {
  name                     = "replaced-cbd"
  execution_role_arn       = local.role
  enable_network_isolation = false
  primary_container {
    image = local.image
  }
  lifecycle {
    create_before_destroy = true
  }
}

# Already deployed as configured: no-op.
resource "aws_sagemaker_model" "unchanged" {
  name                     = "unchanged"
  execution_role_arn       = local.role
  enable_network_isolation = true
  primary_container {
    image = local.image
  }
}

# Only its tags change: an in-place update of a model without isolation.
resource "aws_sagemaker_model" "retagged" {
  name               = "retagged"
  execution_role_arn = local.role
  primary_container {
    image = local.image
  }
  tags = { team = "ml" }
}

# Dropped from state without being destroyed.
removed {
  from = aws_sagemaker_model.kept_out
  lifecycle {
    destroy = false
  }
}

# aws_sagemaker_model.gone is in the state only: it is destroyed.
