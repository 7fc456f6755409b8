#!/usr/bin/env bash
# ./test.sh   install what is missing, build, run every test project; exit 0 only if all pass.
set -uo pipefail
cd "$(dirname "$0")"

# The same build that ./run.sh runs: built once, here, and tested as it is.
export NATO_CONFIGURATION="${NATO_CONFIGURATION:-Release}"
./run.sh --prepare --for-tests || { echo "0 passed, 1 failed (the set-up or the build failed)"; exit 1; }

results="TestResults"
rm -rf "$results"

# The layout .editorconfig describes (whitespace, braces, line breaks): a file that strays from it fails the run.
# The whitespace check reads the files only (a few CPU-seconds); the style and analyzer passes of `dotnet format`
# would compile the solution a second time.
status=0
echo "== dotnet format whitespace --verify-no-changes"
format_failed=0
dotnet format whitespace --folder --verify-no-changes -v q || { format_failed=1; status=1; echo "== run 'dotnet format whitespace --folder' to lay the files out"; }

run_project() {
  local project=$1 name started
  name=$(basename "$project" .csproj)
  echo "== $name"
  started=$(date +%s)
  dotnet test "$project" --no-build -c "$NATO_CONFIGURATION" --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results"
  local code=$?
  echo "== $name took $(( $(date +%s) - started )) s"
  return "$code"
}

# The end-to-end project runs beside the others: most of its time is waiting (the system's start, the send interval
# between two codes, a broker outage), and the machine's two cores sit mostly idle while the projects run one after
# another (about 420 CPU-seconds in 12 wall-minutes, measured). Its output is printed whole once it ends.
# The other projects run one at a time: each starts its own servers on free ports.
end_to_end="tests/EndToEnd/EndToEnd.Tests.csproj"
mkdir -p "$results"
end_to_end_log="$results/EndToEnd.Tests.log"
run_project "$end_to_end" > "$end_to_end_log" 2>&1 &
end_to_end_pid=$!
trap 'kill "$end_to_end_pid" 2>/dev/null' INT TERM
for project in $(dotnet sln NatoAspire.sln list | grep -E '^tests/.*Tests\.csproj$' | grep -vxF "$end_to_end"); do
  run_project "$project" || status=1
done
wait "$end_to_end_pid" || status=1
cat "$end_to_end_log"

sum() { grep -ho "<Counters [^>]*" "$results"/*.trx 2>/dev/null | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(sum passed); failed=$(sum failed); total=$(sum total); executed=$(sum executed)
passed=${passed:-0}; failed=${failed:-0}; skipped=$(( ${total:-0} - ${executed:-0} ))
failed=$(( failed + format_failed ))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a project that crashed before reporting
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
