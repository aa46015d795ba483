#!/usr/bin/env bash
# For each AAR in the directory, writes its classes.jar beside it as <name>.jar (an AAR is a zip
# whose Java classes sit in classes.jar; Maven's archivers do not know the .aar type).
set -euo pipefail
dir=$1
for aar in "$dir"/*.aar; do
  unzip -p "$aar" classes.jar > "${aar%.aar}.jar"
done
