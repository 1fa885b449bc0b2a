# Variable defaults, type conversion and nullability (SPEC §4).

variable "default_true" {
  default = true
}

variable "default_false" {
  type    = bool
  default = false
}

variable "required" {
  type = bool
}

variable "string_default_typed" {
  type    = bool
  default = "true"
}

variable "string_default_untyped" {
  default = "true"
}

variable "from_tfvars" {
  type    = bool
  default = false
}

variable "from_tfvars_json" {
  type    = bool
  default = false
}

variable "from_auto" {
  type    = bool
  default = false
}

variable "not_nullable" {
  type     = bool
  default  = true
  nullable = false
}

variable "nullable" {
  type    = bool
  default = true
}

variable "set_in_misspelled_file" {
  type    = bool
  default = false
}
