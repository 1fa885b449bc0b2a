# skipRules=ISO001 in this module: the open model is no result.
resource "aws_sagemaker_model" "open" {
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = false
}

resource "aws_sagemaker_data_quality_job_definition" "hourly" {
  role_arn = "arn:aws:iam::123456789012:role/monitor"
}

# The module's skipRules replace the root's skip-rules list, so ISO003 runs here.
resource "awscc_sagemaker_model_bias_job_definition" "bias" {
  role_arn = "arn:aws:iam::123456789012:role/monitor"
}
