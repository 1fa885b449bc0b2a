a = 1
/* open
b = 2
