résumé = "ü"
locals {
  名前 = "x" # 日本語
}
