#!/usr/bin/env bash
# Stops the cluster that .ci/slurm/up.sh WORKDIR started, by the daemons' pid files (slurmd, slurmctld, munged).
# Jobs still running are killed with their slurmd. WORKDIR itself is left for inspection (logs under WORKDIR/log).
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 WORKDIR" >&2
  exit 2
fi
work="$(cd "$1" 2>/dev/null && pwd)" || { echo "down.sh: $1 does not exist (nothing to stop)" >&2; exit 0; }

stop() {
  local name="$1" pidfile="$2"
  [ -f "$pidfile" ] || return 0
  local pid
  pid="$(cat "$pidfile")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "down.sh: $name (pid $pid) ignored SIGTERM for 10 s; sending SIGKILL" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile"
}

stop slurmd "$work/run/slurmd.pid"
stop slurmctld "$work/run/slurmctld.pid"
stop munged "$work/munge/munged.pid"
