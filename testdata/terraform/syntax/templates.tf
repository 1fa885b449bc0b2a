a = "%{ if var.x }yes%{ else }no%{ endif }"
b = "x ${~ var.y ~} y"
c = <<EOT
%{ for i in [1, 2] ~}
  ${i}
%{ endfor ~}
EOT
d = "${var.only}"
e = ""
f = "$${no} %%{no} $ % $x %x"
