a = foo.0
b = foo.*.bar
c = foo[*].bar[0]
d = foo.bar.*.baz.0
