locals {
  script = <<EOT # expect-error: must be directly followed by a newline
echo the marker line has a comment
EOT
}
