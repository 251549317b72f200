#!/usr/bin/env bash
# How many fsync/fdatasync calls the database server makes per sale: sells SALES baskets at one self-checkout
# (bench FsyncPerSale) while strace counts the server's calls, only during the sales. H2: the embedded database's
# own server process. PostgreSQL (pg, with CONNECTEDSTORE_TEST_PG_* set as for the tests): every postgres process
# of the local server, found by their user's processes and traced by process id. With "nosync" as third argument
# H2's commits are left in the cache as before issue 17 (the cost comparison). Needs strace; stops only what it
# started, by process id. Usage: scripts/fsync-per-sale.sh h2|pg [SALES] [nosync]
set -euo pipefail
cd "$(dirname "$0")/.."
kind="$1"
sales="${2:-200}"
work=$(mktemp -d)
bench_pid=""
trace_pid=""
cleanup() {
  [ -n "$trace_pid" ] && kill -INT "$trace_pid" 2>/dev/null || true
  [ -n "$bench_pid" ] && kill "$bench_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mvn -B -q -pl shared-model test-compile
cp_file="$work/cp"
mvn -B -q -pl shared-model dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
sync=true
[ "${3:-}" = nosync ] && sync=false
java -Dconnectedstore.h2.syncCommits="$sync" -cp "shared-model/target/test-classes:shared-model/target/classes:$(cat "$cp_file")" \
  nl.connectedstore.bench.FsyncPerSale "$kind" "$sales" "$work/go" > "$work/out" 2>"$work/err" &
bench_pid=$!
for _ in $(seq 1 600); do
  grep -q READY "$work/out" && break
  sleep 0.5
done
grep -q READY "$work/out" || { echo "the bench did not get ready"; tail -20 "$work/err"; exit 1; }

if [ "$kind" = h2 ]; then
  pids=$(sed -n 's/^SERVER //p' "$work/out")
else
  pids=$(ps -u postgres -o pid= | tr -s ' \n' ' ')
fi
args=()
for pid in $pids; do args+=(-p "$pid"); done
strace -f -c -e trace=fsync,fdatasync,sync_file_range "${args[@]}" -o "$work/trace" &
trace_pid=$!
sleep 2 # strace attached
touch "$work/go"
for _ in $(seq 1 1200); do
  grep -q DONE "$work/out" && break
  sleep 0.5
done
sleep 1 # the last commit's sync, and PostgreSQL's background writers
kill -INT "$trace_pid"
wait "$trace_pid" || true
trace_pid=""
grep DONE "$work/out"
echo "database server ($kind, processes $pids) during the sales:"
cat "$work/trace"
calls=$(awk '$NF ~ /^(fsync|fdatasync|sync_file_range)$/ {n += $4} END {print n + 0}' "$work/trace")
echo "sync calls: $calls for $sales sales = $(awk -v c="$calls" -v s="$sales" 'BEGIN {printf "%.2f", c / s}') per sale"
