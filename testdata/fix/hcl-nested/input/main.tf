# Nested network_config blocks (aws) and objects (awscc) are created where absent.

resource "aws_sagemaker_data_quality_job_definition" "no_block" { # expect: ISO002 FAIL
  role_arn = "arn:aws:iam::123456789012:role/model-monitor"

  data_quality_app_specification {
    image_uri = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
}

resource "aws_sagemaker_data_quality_job_definition" "block_without_switch" { # expect: ISO002 FAIL
  role_arn = "arn:aws:iam::123456789012:role/model-monitor"
  network_config {
    enable_inter_container_traffic_encryption = true
  }
}

resource "awscc_sagemaker_model_bias_job_definition" "no_object" { # expect: ISO003 FAIL
  job_definition_name = "bias"
  role_arn            = "arn:aws:iam::123456789012:role/model-monitor"
}

resource "awscc_sagemaker_model_quality_job_definition" "object_without_switch" { # expect: ISO005 FAIL
  role_arn = "arn:aws:iam::123456789012:role/model-monitor"
  network_config = {
    enable_inter_container_traffic_encryption = true
  }
}

resource "awscc_sagemaker_model_explainability_job_definition" "one_line_object" { # expect: ISO004 FAIL
  role_arn       = "arn:aws:iam::123456789012:role/model-monitor"
  network_config = { enable_inter_container_traffic_encryption = true }
}

resource "awscc_sagemaker_monitoring_schedule" "embedded" { # expect: ISO006 FAIL
  monitoring_schedule_name = "nightly"
  monitoring_schedule_config = {
    monitoring_job_definition = {
      role_arn = "arn:aws:iam::123456789012:role/model-monitor"
    }
  }
}
