flavour = "open"
