a = "${ {a = 1}.a }"
b = "${ {for k in [1] : k => k} }"
