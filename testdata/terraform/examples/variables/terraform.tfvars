from_tfvars      = false
from_tfvars_json = false
not_nullable     = null
nullable         = null
not_declared     = true
