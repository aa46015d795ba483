#!/usr/bin/env bash
# Turns the compiled app into a signed debug APK: D8 -> add dex to the aapt2 resource APK ->
# zipalign -> apksigner sign + verify -> aapt dump badging check. Called by Maven in `package`
# with positional arguments (Maven would interpolate ${...} inside an inline script).
set -euo pipefail
java_home=$1 r8_jar=$2 android_all=$3 resource_apk=$4 app_jar=$5 dex_libs=$6 target=$7 apk=$8
min_sdk=$9 target_sdk=${10}

work="$target/apk-work"
rm -rf "$work" && mkdir -p "$work/dex"

# Our classes + core (+ its runtime dependencies). The platform and the JDK are libraries only:
# android-all has almost no java.* classes, hence both --lib.
shopt -s nullglob
libs=("$dex_libs"/*.jar)
"$java_home/bin/java" -cp "$r8_jar" com.android.tools.r8.D8 --debug --min-api "$min_sdk" \
  --lib "$android_all" --lib "$java_home" --output "$work/classes-dex.zip" "$app_jar" "${libs[@]}"

cp "$resource_apk" "$work/unaligned.apk"
(cd "$work/dex" && unzip -q ../classes-dex.zip 'classes*.dex' && zip -q -X ../unaligned.apk classes*.dex)
zipalign -f -p 4 "$work/unaligned.apk" "$work/aligned.apk"

# A debug key made on first use, never committed: a clean build signs with a fresh key, so
# `adb install -r` over an APK from an earlier clean build needs an uninstall first.
keystore="$target/debug.keystore"
if [ ! -f "$keystore" ]; then
  "$java_home/bin/keytool" -genkeypair -noprompt -keystore "$keystore" -storetype PKCS12 \
    -storepass android -keypass android -alias androiddebugkey -keyalg RSA -keysize 2048 \
    -validity 10000 -dname "CN=Android Debug,O=Android,C=US" >/dev/null
fi
apksigner sign --ks "$keystore" --ks-pass pass:android --key-pass pass:android \
  --ks-key-alias androiddebugkey --out "$apk" "$work/aligned.apk"
rm -f "$apk.idsig"
apksigner verify "$apk"
zipalign -c -p 4 "$apk"

# The manifest as a phone will read it.
aapt dump badging "$apk" > "$target/badging.txt"
grep -q "^sdkVersion:'$min_sdk'" "$target/badging.txt" || { echo "APK minSdk is not $min_sdk"; cat "$target/badging.txt"; exit 1; }
grep -q "^targetSdkVersion:'$target_sdk'" "$target/badging.txt" || { echo "APK targetSdk is not $target_sdk"; exit 1; }
grep -q "^launchable-activity:" "$target/badging.txt" || { echo "APK has no launcher activity"; exit 1; }
echo "APK: $apk ($(stat -c %s "$apk") bytes)"
head -n 1 "$target/badging.txt"
