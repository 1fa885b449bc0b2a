# Model Monitor model bias job definitions of the awscc provider: network_config is an object attribute.

variable "isolate_monitors" {
  type    = bool
  default = true
}

variable "network" {
  type    = object({ enable_network_isolation = bool })
  default = { enable_network_isolation = false }
}

locals {
  role_arn = "arn:aws:iam::123456789012:role/model-monitor"
  app_specification = {
    image_uri  = "205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0"
    config_uri = "s3://ml-monitoring/model_bias/analysis_config.json"
  }
  job_input = {
    endpoint_input = {
      endpoint_name = "recommender"
      local_path    = "/opt/ml/processing/input"
    }
    ground_truth_s3_input = {
      s3_uri = "s3://ml-monitoring/ground-truth"
    }
  }
  job_output_config = {
    monitoring_outputs = [
      {
        s3_output = {
          s3_uri     = "s3://ml-monitoring/reports"
          local_path = "/opt/ml/processing/output"
        }
      },
    ]
  }
  job_resources = {
    cluster_config = {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}

resource "terraform_data" "isolation_flag" {
  input = true
}

resource "awscc_sagemaker_model_bias_job_definition" "isolated" { # expect: ISO003 PASS
  job_definition_name          = "recommender-model-bias-isolated"
  role_arn                     = local.role_arn
  model_bias_app_specification = local.app_specification
  model_bias_job_input         = local.job_input
  model_bias_job_output_config = local.job_output_config
  job_resources                = local.job_resources
  network_config = {
    enable_network_isolation = true
  }
}

# No network_config: the service default is off.
resource "awscc_sagemaker_model_bias_job_definition" "open" { # expect: ISO003 FAIL
  job_definition_name          = "recommender-model-bias-open"
  role_arn                     = local.role_arn
  model_bias_app_specification = local.app_specification
  model_bias_job_input         = local.job_input
  model_bias_job_output_config = local.job_output_config
  job_resources                = local.job_resources
}

resource "awscc_sagemaker_model_bias_job_definition" "disabled" { # expect: ISO003 FAIL
  job_definition_name          = "recommender-model-bias-disabled"
  role_arn                     = local.role_arn
  model_bias_app_specification = local.app_specification
  model_bias_job_input         = local.job_input
  model_bias_job_output_config = local.job_output_config
  job_resources                = local.job_resources
  network_config = {
    enable_inter_container_traffic_encryption = true
    enable_network_isolation                  = false
  }
}

resource "awscc_sagemaker_model_bias_job_definition" "from_variable" { # expect: ISO003 PASS
  job_definition_name          = "recommender-model-bias-from-variable"
  role_arn                     = local.role_arn
  model_bias_app_specification = local.app_specification
  model_bias_job_input         = local.job_input
  model_bias_job_output_config = local.job_output_config
  job_resources                = local.job_resources
  network_config = {
    enable_network_isolation = var.isolate_monitors
  }
}

# The whole object from a variable whose default turns isolation off.
resource "awscc_sagemaker_model_bias_job_definition" "whole_object" { # expect: ISO003 FAIL
  job_definition_name          = "recommender-model-bias-whole-object"
  role_arn                     = local.role_arn
  model_bias_app_specification = local.app_specification
  model_bias_job_input         = local.job_input
  model_bias_job_output_config = local.job_output_config
  job_resources                = local.job_resources
  network_config               = var.network
}

# Only the first of two instances is isolated.
resource "awscc_sagemaker_model_bias_job_definition" "counted" { # expect: ISO003 FAIL
  count                        = 2
  job_definition_name          = "recommender-model-bias-counted"
  role_arn                     = local.role_arn
  model_bias_app_specification = local.app_specification
  model_bias_job_input         = local.job_input
  model_bias_job_output_config = local.job_output_config
  job_resources                = local.job_resources
  network_config = {
    enable_network_isolation = count.index == 0
  }
}

# Known only after apply: another resource's output.
resource "awscc_sagemaker_model_bias_job_definition" "computed" { # expect: ISO003 UNKNOWN
  job_definition_name          = "recommender-model-bias-computed"
  role_arn                     = local.role_arn
  model_bias_app_specification = local.app_specification
  model_bias_job_input         = local.job_input
  model_bias_job_output_config = local.job_output_config
  job_resources                = local.job_resources
  network_config = {
    enable_network_isolation = terraform_data.isolation_flag.output
  }
}
