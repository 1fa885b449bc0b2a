# A dynamic block that always yields one block is edited in its content; one that may yield none is left, with
# the manual step.

variable "isolate" {
  type    = bool
  default = false
}

resource "aws_sagemaker_data_quality_job_definition" "always" { # expect: ISO002 FAIL
  role_arn = "arn:aws:iam::123456789012:role/model-monitor"

  dynamic "network_config" {
    for_each = ["one"]
    content {
      enable_inter_container_traffic_encryption = true
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "maybe" { # expect: ISO002 FAIL
  role_arn = "arn:aws:iam::123456789012:role/model-monitor"

  dynamic "network_config" {
    for_each = var.isolate ? ["one"] : []
    content {
      enable_network_isolation = true
    }
  }
}
