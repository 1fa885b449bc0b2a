a = <<EOT
${join(",", [for x in ["a"] : "${x}!"])}
$${literal} %%{also}
EOT
