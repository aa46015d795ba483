#!/usr/bin/env bash
# Periodic report benchmark (see vn.donghanh.bench.ReportBenchmark): one province's six-month report
# computed over N cases in C communes.
# Usage: backend/bench/report.sh [cases, default 100000] [communes, default 100] [--reuse]
#   --reuse: time again over the data the last run with the same sizes seeded (no new seeding).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl backend -am test-compile -DskipTests
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  vn.donghanh.bench.ReportBenchmark "${1:-100000}" "${2:-100}" ${3:+"$3"}
