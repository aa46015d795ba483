#!/usr/bin/env bash
# Sign-in failure timing benchmark (see vn.donghanh.bench.SignInTimingBenchmark). Usage: backend/bench/signin-timing.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl backend -am -DskipTests install >/dev/null
./mvnw -B -q -pl backend test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  vn.donghanh.bench.SignInTimingBenchmark "${1:-40}"
