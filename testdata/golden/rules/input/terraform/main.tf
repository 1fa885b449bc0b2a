variable "isolate" {
  type    = bool
  default = false
}

resource "aws_sagemaker_data_quality_job_definition" "hourly" {
  role_arn = "arn:aws:iam::123456789012:role/monitor"
  network_config {
    enable_network_isolation = var.isolate
  }
}

resource "awscc_sagemaker_model_quality_job_definition" "daily" {
  role_arn       = "arn:aws:iam::123456789012:role/monitor"
  network_config = { enable_network_isolation = true }
}
