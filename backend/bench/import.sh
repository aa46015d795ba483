#!/usr/bin/env bash
# Console Excel import benchmark (see vn.donghanh.bench.ImportBenchmark): a generated list of N persons
# from upload to all registered. Usage: backend/bench/import.sh [rows, default 5000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl backend -am test-compile -DskipTests
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  vn.donghanh.bench.ImportBenchmark "${1:-5000}"
