variable "name" {
  type = string
}

variable "image" {
  type = string
}

variable "network_isolation" {
  type    = bool
  default = true
}
