#!/usr/bin/env bash
# Installs the Debian packages a make target's tests drive, only those missing:
#   scripts/debian-packages.sh chromium postgresql openjdk-17-jre-headless
# The Makefile calls it before `make test` and `make test-engines`, so that a machine with only
# Python 3.11, pip and apt passes both. No test tool may download a browser, a database or a
# JVM of its own: everything comes from Debian's archive, once, here.
set -euo pipefail

# Why each package is needed, and how to tell it is already there (another install counts).
present() {
  case "$1" in
    # The browser tests (tests/conftest.py's `browser` fixture) drive /usr/bin/chromium headless.
    chromium) command -v chromium >/dev/null ;;
    # tests/engines starts its own PostgreSQL server on loopback with the package's initdb; the
    # server is not started here, and the package's own cluster is not used.
    postgresql) compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null ;;
    # tests/engines runs Spark in-process (PySpark), which needs a Java 17 runtime.
    openjdk-17-jre-headless) command -v java >/dev/null ;;
    *)
      echo "scripts/debian-packages.sh: no reason known for package '$1'; add it to present()" \
        "with the test that needs it." >&2
      exit 2
      ;;
  esac
}

missing=()
for package in "$@"; do
  present "$package" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "scripts/debian-packages.sh: the tests need Debian's ${missing[*]}; run as root or install" \
    "sudo, or run: apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian's ${missing[*]} (needed by the tests; scripts/debian-packages.sh says why)."
# Another apt run on the machine holds the lock: wait for it rather than fail.
apt=(apt-get -o DPkg::Lock::Timeout=900 -qq)
"${as_root[@]}" "${apt[@]}" update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  "${apt[@]}" install -y --no-install-recommends "${missing[@]}"
