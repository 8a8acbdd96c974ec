# Sourced by ./junction and ./run-tests: sets JAVA_HOME to a JDK 21 or newer, or explains.
java_major() {
    "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
}
find_java_home() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
        return 0
    fi
    local best="" best_v=0 d v
    for d in /usr/lib/jvm/*; do
        [ -x "$d/bin/javac" ] || continue
        v=$(java_major "$d")
        if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
    done
    if [ -z "$best" ]; then
        echo "junction: needs a JDK 21 or newer; none found in JAVA_HOME or /usr/lib/jvm." >&2
        echo "          Install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
        return 1
    fi
    export JAVA_HOME=$best
}
