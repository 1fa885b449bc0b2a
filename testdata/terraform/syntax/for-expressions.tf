a = [for x in var.l : upper(x) if x != ""]
b = {for k, v in var.m : v => k...}
c = {
  for k, v in var.m :
  k => v
  if v
}
