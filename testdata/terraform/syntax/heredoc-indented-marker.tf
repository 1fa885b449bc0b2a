a = <<EOT
  hello
    EOT
b = <<-EOT
    x ${var.y}
      z

    EOT
