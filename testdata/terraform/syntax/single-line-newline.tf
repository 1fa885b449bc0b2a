locals { x = 1
}
