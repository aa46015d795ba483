#!/usr/bin/env bash
# Compliance arithmetic benchmark (see vn.donghanh.bench.ComplianceBenchmark). Usage: backend/bench/compliance.sh [cases]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl backend -am -DskipTests install >/dev/null
./mvnw -B -q -pl backend test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Xmx512m -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  vn.donghanh.bench.ComplianceBenchmark "${1:-3000}"
