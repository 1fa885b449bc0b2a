d    = "y"
last = "y"
