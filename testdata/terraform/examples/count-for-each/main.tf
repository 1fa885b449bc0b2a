# count and for_each on resources: the worst instance decides; no instance means judged as written (SPEC §5).

variable "models" {
  type = map(object({
    isolate       = optional(bool, true)
    instance_type = optional(string, "ml.m5.large")
  }))
  default = {
    a = {}
    b = { isolate = false }
  }
}

variable "model_list" {
  type = list(object({ name = string, isolate = bool }))
  default = [
    { name = "x", isolate = true },
    { name = "y", isolate = true },
  ]
}

variable "model_set" {
  type = set(object({ name = string, isolate = bool }))
  default = [
    { name = "p", isolate = true },
    { name = "q", isolate = false },
  ]
}

variable "enabled" {
  default = false
}

resource "aws_sagemaker_model" "by_map" { # expect: ISO001 FAIL
  for_each                 = var.models
  name                     = each.key
  enable_network_isolation = each.value.isolate
}

resource "aws_sagemaker_model" "filtered_map" { # expect: ISO001 PASS
  for_each                 = { for k, v in var.models : k => v if v.isolate }
  enable_network_isolation = each.value.isolate
}

resource "aws_sagemaker_model" "by_list_of_objects" { # expect: ISO001 PASS
  for_each                 = { for m in var.model_list : m.name => m }
  enable_network_isolation = each.value.isolate
}

resource "aws_sagemaker_model" "by_set_of_objects" { # expect: ISO001 FAIL
  for_each                 = { for m in var.model_set : m.name => m }
  enable_network_isolation = each.value.isolate
}

resource "aws_sagemaker_model" "by_set_of_strings" { # expect: ISO001 PASS
  for_each                 = toset(["x", "y"])
  enable_network_isolation = each.key == each.value
}

resource "aws_sagemaker_model" "by_count" { # expect: ISO001 FAIL
  count                    = 3
  enable_network_isolation = count.index < 2
}

resource "aws_sagemaker_model" "count_all_pass" { # expect: ISO001 PASS
  count                    = length(var.model_list)
  enable_network_isolation = var.model_list[count.index].isolate
}

# count = 0: a dormant insecure block is a finding waiting for a flag flip.
resource "aws_sagemaker_model" "count_zero" { # expect: ISO001 FAIL
  count                    = var.enabled ? 1 : 0
  enable_network_isolation = false
}

resource "aws_sagemaker_model" "count_zero_secure" { # expect: ISO001 PASS
  count                    = 0
  enable_network_isolation = true
}

# No instance, and the value needs each: UNKNOWN.
resource "aws_sagemaker_model" "empty_for_each" { # expect: ISO001 UNKNOWN
  for_each                 = { for k, v in var.models : k => v if var.enabled }
  enable_network_isolation = each.value.isolate
}

resource "aws_sagemaker_model" "empty_count_index" { # expect: ISO001 UNKNOWN
  count                    = 0
  enable_network_isolation = count.index == 0
}
