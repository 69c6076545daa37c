#!/usr/bin/env bash
# Run the window and end-to-end tests N times in a row, stopping at the first
# failure, to find flaky tests (docs/testing.md). Add load by hand, e.g.
#   for i in 1 2 3 4; do (while :; do :; done) & done   # kill them afterwards
# usage: tools/repeat-tests.sh N [python]
set -u
cd "$(dirname "$0")/.."
n=${1:-30}
python=${2:-.venv/bin/python}
passed=0
for i in $(seq "$n"); do
    start=$SECONDS
    log=$(mktemp)
    if QT_QPA_PLATFORM=offscreen "$python" -m pytest -q -p no:cacheprovider tests/gui tests/e2e >"$log" 2>&1; then
        passed=$((passed + 1))
        echo "run $i: passed in $((SECONDS - start)) s, load $(cut -d' ' -f1 /proc/loadavg)"
        rm -f "$log"
    else
        echo "run $i: FAILED, log in $log"
        grep -E '^(FAILED|ERROR)' "$log" | head -5
        break
    fi
done
echo "$passed of $n passed in a row"
[ "$passed" = "$n" ]
