resource "a" "${b}" {
}
