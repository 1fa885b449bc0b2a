from_auto = false
