# Sourced by scripts/bootstrap and scripts/fresh-root (bash).
# BRANCH_STAGE_TIMES=FILE appends "stage seconds" lines, which .ci/run prints.
# timed NAME COMMAND...: runs the command and prints (and records) how long it took.
# The command runs in a subshell with errexit on: inside `cmd || ...` bash would
# silently ignore errexit in it. Call it as a plain command, never under `if`, `&&` or
# `||`: there bash ignores errexit in the subshell too.
timed() {
    local name=$1 start=$SECONDS status
    shift
    set +e
    (set -e; "$@")
    status=$?
    set -e
    local took=$((SECONDS - start))
    printf '==> stage %-28s %4dm%02ds%s\n' "$name" $((took / 60)) $((took % 60)) \
        "$([ "$status" -eq 0 ] || echo "  FAILED ($status)")"
    if [ -n "${BRANCH_STAGE_TIMES:-}" ]; then
        printf '%s %d\n' "$name" "$took" >>"$BRANCH_STAGE_TIMES"
    fi
    return "$status"
}
