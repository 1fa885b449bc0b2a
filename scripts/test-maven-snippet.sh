#!/usr/bin/env bash
# The README's Maven path, as a user follows it: `mvn -B install -DskipTests` in this repository, then a fresh
# project whose POM holds the README's <plugin> snippet verbatim (the first ```xml block of the "Maven" section).
# An insecure template must fail its `mvn -B verify` with the finding; the fixed template must pass.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -f "$root/pom.xml" install -DskipTests -Dinvoker.skip=true >&2

snippet=$(awk '/^## Maven/{m=1} m && /^```xml/{x=1; next} x && /^```/{exit} x' "$root/README.md")
[ -n "$snippet" ] || { echo "FAIL: no xml snippet in README's Maven section"; exit 1; }
mkdir -p "$work/app/infra"
cat > "$work/app/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>app</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
$snippet
    </plugins>
  </build>
</project>
POM
template() {
  printf 'Resources:\n  Model:\n    Type: AWS::SageMaker::Model\n    Properties:\n      ExecutionRoleArn: arn:aws:iam::123456789012:role/sm\n      EnableNetworkIsolation: %s\n' "$1" \
    > "$work/app/infra/model.yaml"
}
fails=0
template false
if (cd "$work/app" && mvn -B verify > "$work/insecure.log" 2>&1); then
  echo "FAIL: the build passed with an insecure model"; fails=$((fails + 1))
elif ! grep -q "infra/model.yaml:2 Model FAIL" "$work/insecure.log"; then
  echo "FAIL: the failed build does not name the finding:"; tail -n 20 "$work/insecure.log"; fails=$((fails + 1))
fi
template true
if ! (cd "$work/app" && mvn -B verify > "$work/secure.log" 2>&1); then
  echo "FAIL: the build failed with an isolated model:"; tail -n 20 "$work/secure.log"; fails=$((fails + 1))
fi
[ -f "$work/app/target/isolint.sarif" ] || { echo "FAIL: no target/isolint.sarif"; fails=$((fails + 1)); }
[ "$fails" = 0 ] && echo "test-maven-snippet: the README's Maven path works from a fresh project"
exit "$fails"
