#!/bin/sh
# Long fuzz campaign over every reader (not part of mvn verify / .ci/run):
#   scripts/fuzz.sh [INPUTS=20000] [SEED=1]
# Prints inputs tried, defects found (saved under core/target/fuzz-crashes/) and peak heap.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never -pl core -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test >/dev/null
cp="core/target/test-classes:core/target/classes:$(cat core/target/fuzz.classpath)"
exec java -Xmx512m -cp "$cp" dev.isolint.core.fuzz.FuzzCampaign "${1:-20000}" "${2:-1}"
