#!/usr/bin/env bash
# Methadone-morning reminder benchmark (see vn.donghanh.bench.ReminderBenchmark).
# Usage: backend/bench/reminders.sh [reminders, default 100000] [dispatcher threads, default 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl backend -am -DskipTests install >/dev/null
./mvnw -B -q -pl backend test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# http.maxConnections: keep-alive connections per host, so the SDK's 500 concurrent sends reuse them.
cd backend
java -Xmx1g -Dhttp.maxConnections=500 -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  vn.donghanh.bench.ReminderBenchmark "${1:-100000}" "${2:-2}"
