locals {
  x = 'single quotes' # expect-error: single quotes are not valid
}
