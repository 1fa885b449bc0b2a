# Model Monitor data quality job definitions of the awscc provider: network_config is an object attribute.

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
    image_uri = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  job_input = {
    endpoint_input = {
      endpoint_name = "recommender"
      local_path    = "/opt/ml/processing/input"
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

resource "awscc_sagemaker_data_quality_job_definition" "isolated" { # expect: ISO002 PASS
  job_definition_name            = "recommender-data-quality-isolated"
  role_arn                       = local.role_arn
  data_quality_app_specification = local.app_specification
  data_quality_job_input         = local.job_input
  data_quality_job_output_config = local.job_output_config
  job_resources                  = local.job_resources
  network_config = {
    enable_network_isolation = true
  }
}

# No network_config: the service default is off.
resource "awscc_sagemaker_data_quality_job_definition" "open" { # expect: ISO002 FAIL
  job_definition_name            = "recommender-data-quality-open"
  role_arn                       = local.role_arn
  data_quality_app_specification = local.app_specification
  data_quality_job_input         = local.job_input
  data_quality_job_output_config = local.job_output_config
  job_resources                  = local.job_resources
}

resource "awscc_sagemaker_data_quality_job_definition" "disabled" { # expect: ISO002 FAIL
  job_definition_name            = "recommender-data-quality-disabled"
  role_arn                       = local.role_arn
  data_quality_app_specification = local.app_specification
  data_quality_job_input         = local.job_input
  data_quality_job_output_config = local.job_output_config
  job_resources                  = local.job_resources
  network_config = {
    enable_inter_container_traffic_encryption = true
    enable_network_isolation                  = false
  }
}

resource "awscc_sagemaker_data_quality_job_definition" "from_variable" { # expect: ISO002 PASS
  job_definition_name            = "recommender-data-quality-from-variable"
  role_arn                       = local.role_arn
  data_quality_app_specification = local.app_specification
  data_quality_job_input         = local.job_input
  data_quality_job_output_config = local.job_output_config
  job_resources                  = local.job_resources
  network_config = {
    enable_network_isolation = var.isolate_monitors
  }
}

# The whole object from a variable whose default turns isolation off.
resource "awscc_sagemaker_data_quality_job_definition" "whole_object" { # expect: ISO002 FAIL
  job_definition_name            = "recommender-data-quality-whole-object"
  role_arn                       = local.role_arn
  data_quality_app_specification = local.app_specification
  data_quality_job_input         = local.job_input
  data_quality_job_output_config = local.job_output_config
  job_resources                  = local.job_resources
  network_config                 = var.network
}

# Only the first of two instances is isolated.
resource "awscc_sagemaker_data_quality_job_definition" "counted" { # expect: ISO002 FAIL
  count                          = 2
  job_definition_name            = "recommender-data-quality-counted"
  role_arn                       = local.role_arn
  data_quality_app_specification = local.app_specification
  data_quality_job_input         = local.job_input
  data_quality_job_output_config = local.job_output_config
  job_resources                  = local.job_resources
  network_config = {
    enable_network_isolation = count.index == 0
  }
}

# Known only after apply: another resource's output.
resource "awscc_sagemaker_data_quality_job_definition" "computed" { # expect: ISO002 UNKNOWN
  job_definition_name            = "recommender-data-quality-computed"
  role_arn                       = local.role_arn
  data_quality_app_specification = local.app_specification
  data_quality_job_input         = local.job_input
  data_quality_job_output_config = local.job_output_config
  job_resources                  = local.job_resources
  network_config = {
    enable_network_isolation = terraform_data.isolation_flag.output
  }
}
