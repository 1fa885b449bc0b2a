a = <<EOT
x
${y}EOT
EOT
