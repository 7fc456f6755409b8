#!/usr/bin/env bash
# ./run.sh                        install what is missing, build, start the whole system in the foreground
# ./run.sh --prepare              only install and build (what ./test.sh uses)
# ./run.sh --prepare --for-tests  the same, plus what the tests need (Chromium for the browser tests, ss)
# ./run.sh backup [DIR]           a backup of the running system's databases and media files (default backups/DATE)
# ./run.sh restore DIR            that backup brought back into a fresh data folder (.data/, or $Infrastructure__DataPath)
set -euo pipefail
invoked_from="$PWD"
cd "$(dirname "$0")"

GATEWAY_PORT="${NATO_GATEWAY_PORT:-8080}"
MAILBOX_PORT="${NATO_MAILBOX_PORT:-8025}"
DASHBOARD_PORT="${NATO_DASHBOARD_PORT:-15080}"
# Release is what a user runs and what the performance numbers are measured on; ./test.sh tests the same build.
CONFIGURATION="${NATO_CONFIGURATION:-Release}"

say() { printf '%s\n' "$*" >&2; }

# One line says what a step does; if it fails, the step is named and the end of its output shown.
step() {
  local what="$1" log
  shift
  log=$(mktemp)
  say "==> $what"
  if ! "$@" >"$log" 2>&1; then
    say "FAILED: $what. The last lines of its output:"
    tail -n 40 "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}

docker_answers() { command -v docker >/dev/null 2>&1 && timeout 10 docker info >/dev/null 2>&1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

install_missing_packages() {
  local for_tests="$1" missing=()
  command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
  # ICU: the services format dates and text for English and French (culture data is on, see Directory.Build.props).
  ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so' || missing+=(libicu72)
  if ! docker_answers; then
    command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
    [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
    [ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15)
  fi
  # The browser tests drive Debian's Chromium (no browser download needed).
  if [ "$for_tests" = yes ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
  # The replica tests read what each replica's connections sent with ss.
  if [ "$for_tests" = yes ] && ! command -v ss >/dev/null 2>&1; then missing+=(iproute2); fi
  if [ "${#missing[@]}" -gt 0 ]; then
    step "Installing Debian packages: ${missing[*]}" apt_install "${missing[@]}"
  fi
  # Debian starts the packaged servers where systemd runs; ours are started by the AppHost instead.
  if pgrep -x redis-server >/dev/null 2>&1 && [ -f /etc/init.d/redis-server ]; then as_root /etc/init.d/redis-server stop >/dev/null 2>&1 || true; fi
}

prepare() {
  install_missing_packages "${1:-no}"
  step "Restoring the .NET tools of .config/dotnet-tools.json (smtp4dev)" dotnet tool restore
  step "Building NatoAspire.sln ($CONFIGURATION)" dotnet build NatoAspire.sln -c "$CONFIGURATION" -nologo -clp:ErrorsOnly
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_ports_free() {
  local busy=0 name port
  for entry in "gateway:$GATEWAY_PORT" "mailbox:$MAILBOX_PORT" "dashboard:$DASHBOARD_PORT"; do
    name="${entry%%:*}"; port="${entry##*:}"
    if port_in_use "$port"; then
      say "Port $port for the $name is already in use. Stop what uses it, or choose another port with NATO_${name^^}_PORT."
      busy=1
    fi
  done
  return "$busy"
}

# Where the local servers keep their data: the AppHost's Infrastructure:DataPath, by default .data/.
DATA_PATH="${Infrastructure__DataPath:-$PWD/.data}"
case "$DATA_PATH" in /*) ;; *) DATA_PATH="$invoked_from/$DATA_PATH" ;; esac
DATABASES=(identitydb notificationdb newsletterdb catalogdb)
PG_BIN=/usr/lib/postgresql/15/bin

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The running server's port is the fourth line of its postmaster.pid.
running_postgres_port() {
  local pid_file="$DATA_PATH/postgres/postmaster.pid"
  [ -f "$pid_file" ] && sed -n 4p "$pid_file" || { say "No PostgreSQL runs on $DATA_PATH: start the system with ./run.sh first."; return 1; }
}

# What a backup holds; restore reads these and nothing else, and each must match MANIFEST.sha256.
BACKUP_FILES=("${DATABASES[@]/%/.dump}" media.tar media.sha256)

# pg_dump per database (each one a consistent snapshot, taken while the system runs), the media files as they are,
# and a manifest of SHA-256 checksums that restore checks first.
backup() {
  local target="$1" port database
  port=$(running_postgres_port) || return 1
  mkdir -p "$target" || return 1
  for database in "${DATABASES[@]}"; do
    "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$port" -U postgres -d "$database" --format=custom --file="$target/$database.dump" || return 1
  done
  # A file still being uploaded is named *.partial; it takes its own name only once complete.
  tar -C "$DATA_PATH" --exclude='*.partial' -cf "$target/media.tar" media || return 1
  # Each media file's checksum, read back from the archive, so that it names exactly the bytes that were saved
  # (single quotes on purpose: TAR_FILENAME is set by tar for the shell it starts for each file).
  tar -xf "$target/media.tar" --to-command='printf "%s  %s\n" "$(sha256sum | cut -d " " -f 1)" "$TAR_FILENAME"' \
    >"$target/media.sha256" || return 1
  (cd "$target" && sha256sum -- "${BACKUP_FILES[@]}" >MANIFEST.sha256) || return 1
}

# Every file restore reads is listed in the manifest and matches it, so that a missing, truncated or altered file stops
# the restore before it writes anything.
check_backup() {
  local source="$1" file
  [ -f "$source/MANIFEST.sha256" ] || { say "$source holds no MANIFEST.sha256: not a backup."; return 1; }
  for file in "${BACKUP_FILES[@]}"; do
    awk -v file="$file" '$2 == file { listed = 1 } END { exit !listed }' "$source/MANIFEST.sha256" \
      || { say "MANIFEST.sha256 does not list $file."; return 1; }
  done
  (cd "$source" && sha256sum --quiet --strict -c MANIFEST.sha256) \
    || { say "$source does not match its MANIFEST.sha256: the backup is damaged or was altered."; return 1; }
}

CLUSTER="$DATA_PATH/postgres"
restore_port=""

start_restore_server() {
  restore_port=$(( 20000 + RANDOM % 10000 ))
  while port_in_use "$restore_port"; do restore_port=$(( 20000 + RANDOM % 10000 )); done
  trap stop_restore_server EXIT
  as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER" -w -o "-p $restore_port -c listen_addresses=127.0.0.1 -k '$CLUSTER'" start >/dev/null
}

stop_restore_server() {
  [ -n "$restore_port" ] || return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER" -m fast -w stop >/dev/null || true
  restore_port=""
}

# A new cluster, each database from its dump, then the media files (checked against media.sha256 once unpacked).
restore_into_new_cluster() {
  local source="$1" database
  mkdir -p "$CLUSTER" || return 1
  chmod 755 "$DATA_PATH" || return 1
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$CLUSTER" || return 1; fi
  chmod 700 "$CLUSTER" || return 1
  as_postgres "$PG_BIN/initdb" -D "$CLUSTER" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  start_restore_server || return 1
  for database in "${DATABASES[@]}"; do
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$restore_port" -U postgres "$database" || return 1
    "$PG_BIN/pg_restore" -h 127.0.0.1 -p "$restore_port" -U postgres -d "$database" --exit-on-error --no-owner "$source/$database.dump" || return 1
  done
  stop_restore_server
  rm -rf "$DATA_PATH/media" || return 1
  tar -C "$DATA_PATH" -xf "$source/media.tar" || return 1
  # sha256sum -c rejects a list without a line: a system with no media files yet has an empty one.
  [ ! -s "$source/media.sha256" ] || (cd "$DATA_PATH" && sha256sum --quiet --strict -c "$source/media.sha256") || return 1
}

# Only into a data folder without a database cluster. A restore that fails removes the cluster it began, so that
# ./run.sh never starts on half a backup (it would create the missing databases empty and carry on).
restore() {
  local source="$1"
  check_backup "$source" || return 1
  [ ! -e "$CLUSTER/PG_VERSION" ] || { say "$CLUSTER already holds a cluster: restore needs a fresh data folder."; return 1; }
  # initdb needs an empty folder, and a failed restore removes this one: never anything it did not create.
  [ ! -d "$CLUSTER" ] || [ -z "$(ls -A "$CLUSTER")" ] || { say "$CLUSTER is not empty: restore needs a fresh data folder."; return 1; }
  if ! restore_into_new_cluster "$source"; then
    stop_restore_server
    rm -rf "$CLUSTER"
    say "The restore failed; $DATA_PATH holds no cluster again."
    return 1
  fi
}

if [ "${1:-}" = "backup" ]; then
  target="${2:-backups/$(date -u +%Y%m%dT%H%M%SZ)}"
  case "$target" in /*) ;; *) [ -z "${2:-}" ] || target="$invoked_from/$target" ;; esac
  step "Backing up the databases and media files of $DATA_PATH to $target" backup "$target"
  say "Backup written to $target (checksums in $target/MANIFEST.sha256)."
  exit 0
fi
if [ "${1:-}" = "restore" ]; then
  [ -n "${2:-}" ] || { say "Usage: ./run.sh restore DIR"; exit 2; }
  source_dir="$2"
  case "$source_dir" in /*) ;; *) source_dir="$invoked_from/$source_dir" ;; esac
  step "Restoring $source_dir into $DATA_PATH" restore "$source_dir"
  say "Restored into $DATA_PATH; ./run.sh starts the system on it."
  exit 0
fi

if [ "${1:-}" = "--prepare" ]; then
  if [ "${2:-}" = "--for-tests" ]; then prepare yes; else prepare no; fi
  exit 0
fi

prepare no
check_ports_free || exit 1
export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_URLS="http://127.0.0.1:${DASHBOARD_PORT}"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
export ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$((DASHBOARD_PORT + 4000))"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://127.0.0.1:$((DASHBOARD_PORT + 4001))"
export NATO_GATEWAY_PORT="$GATEWAY_PORT" NATO_MAILBOX_PORT="$MAILBOX_PORT"

started=$(date +%s)
# From its own folder, so that its appsettings*.json are found.
(cd AppHost && exec "bin/${CONFIGURATION}/net10.0/AppHost") &
apphost=$!

stop() {
  trap - INT TERM
  say "Stopping ..."
  kill -TERM "$apphost" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$apphost" 2>/dev/null || break; sleep 1; done
  # DCP runs detached and goes on stopping every server and service for a few seconds after the
  # AppHost has gone; its API server, which watches the AppHost's pid, exits last.
  for _ in $(seq 1 30); do pgrep -f -- "dcp start-apiserver --monitor $apphost" >/dev/null || break; sleep 1; done
  pkill -KILL -f -- "dcp start-apiserver --monitor $apphost" 2>/dev/null || true
  say "Stopped."
  exit 0
}
trap stop INT TERM

until curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:${GATEWAY_PORT}/health" 2>/dev/null; do
  if ! kill -0 "$apphost" 2>/dev/null; then say "The AppHost stopped before the system was healthy."; exit 1; fi
  if [ $(( $(date +%s) - started )) -eq 120 ]; then say "Still not healthy after 120 s: the dashboard (http://127.0.0.1:${DASHBOARD_PORT}) shows which resource is stuck."; fi
  sleep 1 & wait $!  # lets Ctrl-C through at once
done

cat <<INFO

NatoAspire is up (healthy after $(( $(date +%s) - started )) s):
  gateway    http://127.0.0.1:${GATEWAY_PORT}   (web pages and /api/**; /health)
  mailbox    http://127.0.0.1:${MAILBOX_PORT}   (every email the system sends)
  dashboard  http://127.0.0.1:${DASHBOARD_PORT}  (resources, logs, traces, metrics)
Press Ctrl-C to stop everything.
INFO

wait "$apphost" || true
stop
