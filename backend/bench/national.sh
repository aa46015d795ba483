#!/usr/bin/env bash
# National-scale benchmark of issue 16 (see vn.donghanh.bench.NationalBenchmark and BENCHMARKS.md,
# "National scale: 100,000 cases (issue 16)").
# Usage: backend/bench/national.sh COMMAND [cases, default 100000] [communes, default 3300] [provinces, default 63] [--reuse]
#   COMMAND: seed | health | overdue | summary | ingest | sync | escalation | heap | all
#   --reuse: measure over the data set the last run with the same sizes seeded (no new seeding).
# The service under test runs in a JVM of its own with -Xmx512m; this JVM (seeder, escalation scan) too.
# BENCH_OPTS: -Dbench.requests=50 -Dbench.warmup=5 -Dbench.ingest-seconds=15 -Dbench.large=300 -Dbench.small=30
#   -Dbench.audit=false (seed without audit rows) -Dbench.profile=true (sample the service and the database
#   during the ingest and the first syncs: where the time goes) -Dbench.jfr=true (a flight recording of the
#   service, read with vn.donghanh.bench.JfrHotFrames; see BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl backend -am test-compile -DskipTests
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
command="${1:-all}"
shift || true
# shellcheck disable=SC2086
exec java -Xmx512m ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  vn.donghanh.bench.NationalBenchmark "$command" "$@"
