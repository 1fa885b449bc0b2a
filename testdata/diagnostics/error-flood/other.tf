variable "w" {}
variable "w" {}
