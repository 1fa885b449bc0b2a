# expect-error(+2): unterminated heredoc
locals {
  script = <<EOT
echo never closed
