c    = "x"
last = "x"
