# optional() attributes of object-typed variables take their defaults, also when set to null.

variable "model" {
  type = object({
    name = string
    isolation = optional(object({
      enabled = optional(bool, true)
    }), {})
  })
  default = { name = "m" }
}

variable "explicit_null" {
  type = object({
    enabled = optional(bool, true)
  })
  default = { enabled = null }
}

variable "no_default" {
  type = object({
    enabled = optional(bool)
  })
  default = {}
}

variable "list_of_objects" {
  type = list(object({
    enabled = optional(bool, true)
  }))
  default = [{}, { enabled = true }]
}

resource "aws_sagemaker_model" "nested_default" { # expect: ISO001 PASS
  enable_network_isolation = var.model.isolation.enabled
}

resource "aws_sagemaker_model" "null_takes_default" { # expect: ISO001 PASS
  enable_network_isolation = var.explicit_null.enabled
}

resource "aws_sagemaker_model" "optional_without_default" { # expect: ISO001 FAIL
  enable_network_isolation = var.no_default.enabled
}

resource "aws_sagemaker_model" "defaults_in_list" { # expect: ISO001 PASS
  enable_network_isolation = alltrue(var.list_of_objects[*].enabled)
}
