# Inline suppressions need a reason; Checkov's CKV_AWS_370 skips are honoured (SPEC §7).

# isolint:ignore ISO001 batch transform job needs the network until the VPC endpoints land
resource "aws_sagemaker_model" "suppressed" { # expect: ISO001 FAIL suppressed
  enable_network_isolation = false
}

resource "aws_sagemaker_model" "checkov" { # expect: ISO001 FAIL suppressed
  #checkov:skip=CKV_AWS_370:legacy model, replaced by the isolated one
  enable_network_isolation = false
}

// isolint:ignore sagemaker-model-network-isolation slug works too
resource "aws_sagemaker_model" "by_slug" { # expect: ISO001 FAIL suppressed
  enable_network_isolation = false
}

# isolint:ignore ISO001
resource "aws_sagemaker_model" "no_reason" { # expect: ISO001 FAIL
  enable_network_isolation = false
}
