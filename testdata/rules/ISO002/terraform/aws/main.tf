# Data quality job definitions of the aws provider: the switch sits in a nested network_config block
# (also as a dynamic block). The plan beside this file (plan.json) is this configuration planned by
# Terraform 1.11 with the AWS provider 5.100.0; its expectations are in plan.json.expect.

variable "isolate_monitors" {
  type    = bool
  default = true
}

variable "extra_network_configs" {
  type    = list(object({ isolate = bool }))
  default = []
}

variable "environments" {
  type    = set(string)
  default = ["dev", "prod"]
}

locals {
  role_arn = "arn:aws:iam::123456789012:role/model-monitor"
  image    = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer"
}

resource "terraform_data" "isolation_flag" {
  input = true
}

resource "aws_sagemaker_data_quality_job_definition" "isolated" { # expect: ISO002 PASS
  name     = "recommender-data-quality"
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = true
  }
}

# No network_config block: the service default is off.
resource "aws_sagemaker_data_quality_job_definition" "open" { # expect: ISO002 FAIL
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}

# A network_config block that encrypts traffic but leaves isolation unset.
resource "aws_sagemaker_data_quality_job_definition" "encrypted_only" { # expect: ISO002 FAIL
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_inter_container_traffic_encryption = true
  }
}

resource "aws_sagemaker_data_quality_job_definition" "from_variable" { # expect: ISO002 PASS
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = var.isolate_monitors
  }
}

# A dynamic block over an empty list yields no network_config block at all.
resource "aws_sagemaker_data_quality_job_definition" "dynamic_none" { # expect: ISO002 FAIL
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  dynamic "network_config" {
    for_each = var.extra_network_configs
    content {
      enable_network_isolation = network_config.value.isolate
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "dynamic_one" { # expect: ISO002 PASS
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  dynamic "network_config" {
    for_each = [{ isolate = true }]
    iterator = net
    content {
      enable_network_isolation = net.value.isolate
    }
  }
}

# Isolated in prod only: the dev instance fails, so the block does.
resource "aws_sagemaker_data_quality_job_definition" "per_environment" { # expect: ISO002 FAIL
  for_each = var.environments
  name     = "recommender-data-quality-${each.key}"
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender-${each.key}"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/${each.key}/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = each.key == "prod"
  }
}

# Known only after apply: another resource's output.
resource "aws_sagemaker_data_quality_job_definition" "computed" { # expect: ISO002 UNKNOWN
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = terraform_data.isolation_flag.output
  }
}

# A dynamic block whose content is known only after apply (the plan's configuration shows no dynamic block).
resource "aws_sagemaker_data_quality_job_definition" "dynamic_computed" { # expect: ISO002 UNKNOWN
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "recommender"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/reports"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  dynamic "network_config" {
    for_each = ["isolated"]
    content {
      enable_network_isolation = terraform_data.isolation_flag.output
    }
  }
}

# isolint:ignore ISO002 reads synthetic canary traffic only (RISK-1432)
resource "aws_sagemaker_data_quality_job_definition" "accepted" { # expect: ISO002 FAIL suppressed
  role_arn = local.role_arn

  data_quality_app_specification {
    image_uri = local.image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "canary"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring/canary"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = false
  }
}

# Names its job definition: judged there, never an ISO006 result of its own.
resource "aws_sagemaker_monitoring_schedule" "hourly" {
  name = "recommender-data-quality"
  monitoring_schedule_config {
    monitoring_job_definition_name = aws_sagemaker_data_quality_job_definition.isolated.name
    monitoring_type                = "DataQuality"
    schedule_config {
      schedule_expression = "cron(0 * ? * * *)"
    }
  }
}
