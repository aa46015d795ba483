#!/usr/bin/env bash
# Periodic report benchmark (see vn.donghanh.bench.ReportBenchmark): one province's six-month report
# computed over N cases in C communes.
# Usage: backend/bench/report.sh [cases, default 100000] [communes, default 100] [--reuse]
#   --reuse: time again over the data the last run with the same sizes seeded (no new seeding).
# BENCH_EXPERIMENT_SQL="CREATE INDEX ..." adds a fourth run after changing the
# benchmark's database only (to measure what a proposed index would buy).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl backend -am test-compile -DskipTests
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx512m -Dbench.experiment-sql="${BENCH_EXPERIMENT_SQL:-}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  vn.donghanh.bench.ReportBenchmark "${1:-100000}" "${2:-100}" ${3:+"$3"}
