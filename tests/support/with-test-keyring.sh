#!/usr/bin/env bash
# Runs a command against a real Secret Service that belongs to this run alone: Debian's
# gnome-keyring-daemon on the session bus of dbus-run-session, its login keyring created in a
# throw-away home and unlocked with a throw-away password, so that the desktop's own keyring is
# never touched. CTest runs the keyring test (tests/ui/tst_passwordstore) this way:
#   dbus-run-session -- bash tests/support/with-test-keyring.sh COMMAND [ARG...]
# Works as root (CI) and as a normal user. Without gnome-keyring-daemon, the command still runs,
# told why in TRUC2_TEST_KEYRING_MISSING so that it can skip what needs the keyring.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: dbus-run-session -- $0 COMMAND [ARG...]" >&2
    exit 2
fi
if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    export TRUC2_TEST_KEYRING_MISSING="gnome-keyring-daemon is not installed (scripts/deps.sh installs gnome-keyring)"
    exec "$@"
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || ! command -v dbus-send >/dev/null 2>&1; then
    echo "$0: needs a session bus of its own: run it under dbus-run-session" >&2
    exit 2
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/truc2-keyring.XXXXXX")
daemon=
finish() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    fi
    rm -rf "$home"
}
trap finish EXIT

# Everything the keyring and the program write goes into the throw-away home.
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# The daemon reads the password on stdin, creates the login keyring with it and unlocks it.
printf '%s' "truc2-test-keyring" |
    gnome-keyring-daemon --foreground --unlock --components=secrets >"$home/daemon.log" 2>&1 &
daemon=$!

# Wait until it owns the Secret Service's name: before that, a client would start another one.
owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q "boolean true"
}
for _ in $(seq 100); do
    owned && break
    if ! kill -0 "$daemon" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if ! owned; then
    echo "$0: gnome-keyring-daemon did not start the Secret Service:" >&2
    cat "$home/daemon.log" >&2
    exit 1
fi

export TRUC2_TEST_KEYRING_HOME="$home"
status=0
"$@" || status=$?
exit "$status"
