resource "aws_sagemaker_model" "default_true" { # expect: ISO001 PASS
  enable_network_isolation = var.default_true
}

resource "aws_sagemaker_model" "default_false" { # expect: ISO001 FAIL
  enable_network_isolation = var.default_false
}

resource "aws_sagemaker_model" "required" { # expect: ISO001 UNKNOWN
  enable_network_isolation = var.required
}

resource "aws_sagemaker_model" "string_default_typed" { # expect: ISO001 PASS
  enable_network_isolation = var.string_default_typed
}

resource "aws_sagemaker_model" "string_default_untyped" { # expect: ISO001 PASS
  enable_network_isolation = var.string_default_untyped
}

# terraform.tfvars sets it to false, terraform.tfvars.json (read after it) to true.
resource "aws_sagemaker_model" "from_tfvars" { # expect: ISO001 FAIL
  enable_network_isolation = var.from_tfvars
}

resource "aws_sagemaker_model" "from_tfvars_json" { # expect: ISO001 PASS
  enable_network_isolation = var.from_tfvars_json
}

# a.auto.tfvars sets false, b.auto.tfvars.json (later in lexical order) sets true.
resource "aws_sagemaker_model" "from_auto" { # expect: ISO001 PASS
  enable_network_isolation = var.from_auto
}

# terraform.tfvars passes null: nullable = false makes that the default.
resource "aws_sagemaker_model" "not_nullable" { # expect: ISO001 PASS
  enable_network_isolation = var.not_nullable
}

# terraform.tfvars passes null to a nullable variable: null means not set, and the service default is off.
resource "aws_sagemaker_model" "nullable" { # expect: ISO001 FAIL
  enable_network_isolation = var.nullable
}

# terrraform.tfvars (three r) is not a file Terraform loads.
resource "aws_sagemaker_model" "misspelled_file" { # expect: ISO001 FAIL
  enable_network_isolation = var.set_in_misspelled_file
}
