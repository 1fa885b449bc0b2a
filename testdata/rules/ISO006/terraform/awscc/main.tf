# Monitoring schedules of the awscc provider (ISO006): judged when they embed their job definition
# (monitoring_schedule_config.monitoring_job_definition); one that names a definition is judged there.

variable "isolate" {
  type    = bool
  default = true
}

locals {
  job_definition = {
    monitoring_app_specification = {
      image_uri = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer"
    }
    monitoring_inputs = [{
      endpoint_input = { endpoint_name = "recommender", local_path = "/opt/ml/processing/input" }
    }]
    monitoring_output_config = {
      monitoring_outputs = [{
        s3_output = { s3_uri = "s3://ml-monitoring/reports", local_path = "/opt/ml/processing/output" }
      }]
    }
    monitoring_resources = {
      cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
    }
    role_arn = "arn:aws:iam::123456789012:role/model-monitor"
  }
  # Per monitor: an embedded definition that is not isolated, or the name of a definition.
  monitors = {
    embedded = { definition = merge(local.job_definition, { network_config = { enable_network_isolation = false } }), name = null }
    named    = { definition = null, name = "recommender-data-quality" }
  }
}

resource "awscc_sagemaker_monitoring_schedule" "isolated" { # expect: ISO006 PASS
  monitoring_schedule_name = "recommender-isolated"
  monitoring_schedule_config = {
    schedule_config = { schedule_expression = "cron(0 * ? * * *)" }
    monitoring_job_definition = merge(local.job_definition, {
      network_config = { enable_network_isolation = true }
    })
  }
}

# The embedded definition has no network_config: the service default is off.
resource "awscc_sagemaker_monitoring_schedule" "open" { # expect: ISO006 FAIL
  monitoring_schedule_name = "recommender-open"
  monitoring_schedule_config = {
    schedule_config           = { schedule_expression = "cron(0 * ? * * *)" }
    monitoring_job_definition = local.job_definition
  }
}

resource "awscc_sagemaker_monitoring_schedule" "from_variable" { # expect: ISO006 PASS
  monitoring_schedule_name = "recommender-from-variable"
  monitoring_schedule_config = {
    schedule_config = { schedule_expression = "cron(0 * ? * * *)" }
    monitoring_job_definition = merge(local.job_definition, {
      network_config = { enable_network_isolation = var.isolate }
    })
  }
}

# Names its job definition: judged by that definition's rule, not here.
resource "awscc_sagemaker_monitoring_schedule" "named" {
  monitoring_schedule_name = "recommender-named"
  monitoring_schedule_config = {
    schedule_config                = { schedule_expression = "cron(0 * ? * * *)" }
    monitoring_job_definition_name = "recommender-data-quality"
    monitoring_type                = "DataQuality"
  }
}

# Two instances: "embedded" is judged (and fails), "named" only names a definition.
resource "awscc_sagemaker_monitoring_schedule" "per_monitor" { # expect: ISO006 FAIL
  for_each                 = local.monitors
  monitoring_schedule_name = "recommender-${each.key}"
  monitoring_schedule_config = {
    schedule_config                = { schedule_expression = "cron(0 * ? * * *)" }
    monitoring_job_definition      = each.value.definition
    monitoring_job_definition_name = each.value.name
  }
}
