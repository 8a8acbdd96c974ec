# Sourced by ./junction and ./run-tests: find_java prints the home of a JDK 21 or newer
# (JAVA_HOME if it is one, else the newest under /usr/lib/jvm, else java on PATH).
min_major=21

# Prints the major Java version of a java binary (8 for 1.8), or nothing if it does not run.
java_major() {
  local spec
  spec="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)" || return 0
  case "$spec" in
    1.*) echo "${spec#1.}" ;;
    *) echo "${spec%%.*}" ;;
  esac
}

find_java() {
  local major
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    major="$(java_major "$JAVA_HOME/bin/java")"
    if [[ -n "$major" && "$major" -ge "$min_major" ]]; then echo "$JAVA_HOME"; return; fi
    echo "junction: JAVA_HOME=$JAVA_HOME is Java ${major:-?}; looking for Java $min_major or newer elsewhere" >&2
  fi
  local best="" best_major=0 dir
  for dir in /usr/lib/jvm/*; do
    [[ -x "$dir/bin/java" ]] || continue
    major="$(java_major "$dir/bin/java")"
    if [[ -n "$major" && "$major" -ge "$min_major" && "$major" -gt "$best_major" ]]; then
      best="$dir"; best_major="$major"
    fi
  done
  if [[ -n "$best" ]]; then echo "$best"; return; fi
  local on_path
  on_path="$(command -v java || true)"
  if [[ -n "$on_path" ]]; then
    major="$(java_major "$on_path")"
    if [[ -n "$major" && "$major" -ge "$min_major" ]]; then
      dirname "$(dirname "$(readlink -f "$on_path")")"; return
    fi
  fi
  return 1
}
