#!/usr/bin/env bash
# Starts (or stops) the real local parts psml's tests and demo use: a private Docker engine with no bridge network
# and a CNCF distribution registry on 127.0.0.1. Idempotent; installs missing Debian packages when run as root.
#   scripts/local-infra.sh install   # apt packages only
#   scripts/local-infra.sh start     # prints the env to export (DOCKER_HOST, PSML_TEST_REGISTRY)
#   scripts/local-infra.sh stop
set -euo pipefail
state=${PSML_INFRA_DIR:-/tmp/psml-infra}
sock="$state/docker.sock"
registry_port=${PSML_REGISTRY_PORT:-5000}

install() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  [ -x /bin/busybox ] && file -L /bin/busybox 2>/dev/null | grep -q 'statically linked' || missing+=(busybox-static)
  command -v python3 >/dev/null || missing+=(python3)
  command -v file >/dev/null || missing+=(file)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "missing: ${missing[*]} — install them with: sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start() {
  mkdir -p "$state"
  if ! docker -H "unix://$sock" version >/dev/null 2>&1; then
    rm -f "$state/dockerd.pid"
    nohup dockerd --host "unix://$sock" --data-root "$state/data" --exec-root "$state/exec" \
      --pidfile "$state/dockerd.pid" --bridge=none --iptables=false --ip6tables=false \
      >"$state/dockerd.log" 2>&1 &
    for _ in $(seq 1 100); do docker -H "unix://$sock" version >/dev/null 2>&1 && break; sleep 0.2; done
    docker -H "unix://$sock" version >/dev/null 2>&1 || { echo "dockerd did not start; see $state/dockerd.log" >&2; tail -20 "$state/dockerd.log" >&2; exit 1; }
  fi
  if ! curl -fsS "http://127.0.0.1:$registry_port/v2/" >/dev/null 2>&1; then
    cat >"$state/registry.yml" <<YML
version: 0.1
log: { level: warn }
storage: { filesystem: { rootdirectory: $state/registry }, delete: { enabled: true } }
http: { addr: 127.0.0.1:$registry_port }
YML
    nohup docker-registry serve "$state/registry.yml" >"$state/registry.log" 2>&1 &
    echo $! >"$state/registry.pid"
    for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$registry_port/v2/" >/dev/null 2>&1 && break; sleep 0.2; done
    curl -fsS "http://127.0.0.1:$registry_port/v2/" >/dev/null || { echo "registry did not start; see $state/registry.log" >&2; exit 1; }
  fi
  echo "export DOCKER_HOST=unix://$sock"
  echo "export PSML_TEST_REGISTRY=127.0.0.1:$registry_port"
}

stop() {
  for p in registry dockerd; do
    if [ -f "$state/$p.pid" ]; then kill "$(cat "$state/$p.pid")" 2>/dev/null || true; rm -f "$state/$p.pid"; fi
  done
}

case "${1:-start}" in
  install) install ;;
  start) install; start ;;
  stop) stop ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
