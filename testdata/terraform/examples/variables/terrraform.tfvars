set_in_misspelled_file = true
required               = true
