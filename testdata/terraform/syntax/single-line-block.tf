resource "a" "b" { count = 1 }
locals { x = 1 }
empty {}
