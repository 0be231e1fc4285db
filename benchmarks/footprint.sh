#!/usr/bin/env bash
# Runtime dependency footprint of mihu-sdk beside openai-java and stripe-java: how many jars a
# consumer's runtime classpath gets, and how many MiB, each resolved by maven-dependency-plugin's
# copy-dependencies with includeScope=runtime (the library's own jar included).
#   benchmarks/footprint.sh [openai-java version] [stripe-java version]   (FOOTPRINT_LIST=1 lists the jars)
# mihu-sdk comes from this reactor (it is not published); the others from Maven Central, through
# a throwaway pom in a temporary directory: nothing is added to this build.
set -euo pipefail
openai_version="${1:-4.101.0}"
stripe_version="${2:-33.3.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dependency_plugin="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

# mihu-sdk: its runtime dependencies as the reactor resolves them (spec and sdk-generated, built on
# the way, copy subsets of the same set), plus its own jar.
(cd "$root" && ./mvnw -B -q -pl sdk-extensions -am -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip \
  -Denforcer.skip package "$dependency_plugin:copy-dependencies" \
  -DincludeScope=runtime -DoutputDirectory="$work/mihu-sdk")
cp "$root"/sdk-extensions/target/mihu-sdk-*-SNAPSHOT.jar "$work/mihu-sdk/"
rm -f "$work"/mihu-sdk/*-sources.jar "$work"/mihu-sdk/*-javadoc.jar

resolve() { # name groupId artifactId version
  mkdir -p "$work/$1-pom"
  cat > "$work/$1-pom/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.footprint</groupId><artifactId>$1</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>$2</groupId><artifactId>$3</artifactId><version>$4</version></dependency>
  </dependencies>
</project>
POM
  "$root/mvnw" -B -q -f "$work/$1-pom/pom.xml" "$dependency_plugin:copy-dependencies" \
    -DincludeScope=runtime -DoutputDirectory="$work/$1"
}
resolve "openai-java-$openai_version" com.openai openai-java "$openai_version"
resolve "stripe-java-$stripe_version" com.stripe stripe-java "$stripe_version"

printf '%-24s %5s %9s\n' library jars MiB
for dir in mihu-sdk "openai-java-$openai_version" "stripe-java-$stripe_version"; do
  jars=$(find "$work/$dir" -name '*.jar' | wc -l)
  bytes=$(find "$work/$dir" -name '*.jar' -printf '%s\n' | awk '{s+=$1} END {print s}')
  printf '%-24s %5d %9.2f\n' "$dir" "$jars" "$(echo "$bytes / 1048576" | bc -l)"
  if [[ "${FOOTPRINT_LIST:-}" == 1 ]]; then find "$work/$dir" -name '*.jar' -printf '    %f %s\n' | sort; fi
done
