# Shared by up, down, token and load: paths and small helpers of the local stack.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE="$ROOT/deploy/local/.state"
LOGS="$STATE/logs"
SERVICES=(planning-service:8081 finance-service:8082 followup-service:8083 reporting-service:8084)

# true when the pid in file $1 names a live process
alive() {
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
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

ensure_token_tool() {
  [ -f "$ROOT/deploy/local-stack/target/classes/se/rus/localstack/TokenCommand.class" ] ||
    (cd "$ROOT" && ./mvnw -q -B -pl deploy/local-stack compile)
}
