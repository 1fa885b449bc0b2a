a = a-1
b = foo-bar.baz
c = 1 - 1
