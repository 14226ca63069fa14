# Shared by up, down, status, restart, token and load: paths and small helpers of the local stack.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# RUS_LOCAL_STATE and RUS_PORT_BASE let a second stack (the run-command test) live beside the usual one.
STATE="${RUS_LOCAL_STATE:-$ROOT/deploy/local/.state}"
LOGS="$STATE/logs"
PORT_BASE="${RUS_PORT_BASE:-8081}"
SERVICES=(planning-service:$PORT_BASE finance-service:$((PORT_BASE + 1))
          followup-service:$((PORT_BASE + 2)) reporting-service:$((PORT_BASE + 3)))
STACK=local-stack

# Each service within 300 MiB resident after deploy/bench/run (figures: deploy/bench/results/): a small heap that
# SerialGC gives back after a collection, smaller thread stacks and code cache; MALLOC_ARENA_MAX=2 keeps glibc from
# an arena per thread, and a JVM that has it (17.0.9 and later) hands freed native memory back every 10 s (after a
# load, glibc kept ~60 MiB of it: finance 352 → 293 MiB on a manual trim). Only the C1 compiler
# (TieredStopAtLevel=1): on two cores shared by four services, C2's compiler threads competed with the start
# (planning "started in" 3.8 s → 2.9 s on an idle machine) and with the requests for minutes after it, and its compiler arenas stayed
# resident (386 → 268 MiB); the GET-by-id CPU per request was 0.58 ms with C2 still compiling, 0.46 ms with C1
# (deploy/bench/results/2026-11-30.md). RUS_JAVA_OPTS replaces all of it (in up;
# deploy/bench/run starts the quickstart it compares with on the same flags).
java_defaults() {
  local flags="-Xms32m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k \
-XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:TieredStopAtLevel=1"
  if java -XX:TrimNativeHeapInterval=10000 -version > /dev/null 2>&1; then
    flags="$flags -XX:TrimNativeHeapInterval=10000"
  fi
  echo "$flags"
}

# The part a pid must belong to, as it appears on its command line: a pid file can outlive its
# process, and the pid can be reused by something else, so a live pid alone proves nothing.
command_marker() {
  case $1 in
    "$STACK") echo "se.rus.localstack.LocalStackMain $STATE" ;;
    *) echo "-Drus.part=$1 -Drus.state=$STATE" ;;
  esac
}

# pid of part $1 if it runs: alive, not a zombie, and started by us for this state directory
running_pid() {
  local part=$1 pidfile="$STATE/$1.pid" pid
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile")
  [ -r "/proc/$pid/stat" ] || return 1
  [ "$(sed 's/.*) //' "/proc/$pid/stat" | cut -d' ' -f1)" != Z ] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$(command_marker "$part")" || return 1
  echo "$pid"
}

# Waits (up to 10 s) until part $1, just started in the background as pid $2, has exec'd java: until then its
# command line is the starting shell's, without the part's marker, and `running` would call it gone (seen on a
# loaded machine, where up reported a healthy stack start as "exited during start-up" with an empty log).
await_exec() {
  local part=$1 pid=$2
  for _ in $(seq 1 100); do
    [ -r "/proc/$pid/cmdline" ] || return 0
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$(command_marker "$part")" && return 0
    sleep 0.1
  done
}

running() {
  running_pid "$1" > /dev/null
}

# HTTP status of GET localhost:$1$2, using bash's /dev/tcp so no curl is needed
http_status() {
  local port=$1 path=$2 status
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
  read -r _ status _ <&3 || status=000
  exec 3<&- 3>&-
  echo "${status:-000}"
}

healthy() {
  [ "$(http_status "$1" /q/health/ready)" = 200 ]
}

# stop_parts PART...: SIGTERM to every part that runs, all at once so the four services shut down side by side, then
# waits for each (SIGKILL to one still running after its 30 s); a stale pid file is just removed.
stop_parts() {
  local part pid entry stopping=()
  for part in "$@"; do
    if pid=$(running_pid "$part"); then
      kill "$pid" 2>/dev/null || true
      stopping+=("$part:$pid")
    fi
  done
  for entry in "${stopping[@]}"; do
    part=${entry%%:*} pid=${entry##*:}
    for _ in $(seq 1 120); do running "$part" || break; sleep 0.25; done
    if running "$part"; then kill -9 "$pid" 2>/dev/null || true; fi
    echo "stopped $part"
  done
  for part in "$@"; do rm -f "$STATE/$part.pid"; done
}

ensure_token_tool() {
  [ -f "$ROOT/deploy/local-stack/target/classes/se/rus/localstack/TokenCommand.class" ] ||
    (cd "$ROOT" && ./mvnw -q -B -pl deploy/local-stack -am compile)
}
