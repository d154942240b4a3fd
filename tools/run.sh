#!/usr/bin/env bash
# One entry point that sets up a fresh Debian/Ubuntu machine and then runs İZSA Desktop or its tests.
#   bash tools/run.sh demo     # install what is missing, open the app on the training workspace
#   bash tools/run.sh test     # install what is missing (incl. test tools), run the whole test suite
#   bash tools/run.sh bench    # run the benchmark runner (prints JSON)
#   bash tools/run.sh package  # build the one-folder app in dist/izsa-desktop/ (PyInstaller, docs/packaging.md)
# `test` builds that folder first (about 40 s), so that tests/packaging/ smoke-tests the frozen app;
# IZSA_SKIP_FROZEN=1 skips the build (those tests are then skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-demo}"; shift || true

# System libraries QtWebEngine needs (measured on a bare Debian 12), a virtual screen for window tests,
# and the real clients the tests open our exports with (GDAL, poppler, LibreOffice) plus PostgreSQL.
RUNTIME_PKGS="libasound2 libdbus-1-3 libegl1 libfontconfig1 libgl1 libglib2.0-0 libgssapi-krb5-2 libnss3
 libudev1 libxcomposite1 libxdamage1 libxkbcommon0 libxkbfile1 libxrandr2 libxtst6 libxcb-cursor0
 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0 fonts-dejavu-core python3-venv"
TEST_PKGS="xvfb xauth xdotool gdal-bin poppler-utils libreoffice-calc-nogui postgresql"

need_pkgs() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

if command -v dpkg >/dev/null 2>&1; then
  # shellcheck disable=SC2086
  if [ "$what" = "demo" ] || [ "$what" = "package" ]; then need_pkgs $RUNTIME_PKGS; else need_pkgs $RUNTIME_PKGS $TEST_PKGS; fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
case "$what" in
  demo) .venv/bin/pip install -q -e . ;;
  package) .venv/bin/pip install -q -e ".[package]" ;;
  *) .venv/bin/pip install -q -e ".[test,package]" ;;
esac
# A venv made under the old pin may still hold PySide6 6.12's split wheels (WebEngine, Pdf); with 6.11
# they would shadow the Addons' QtWebEngine. Remove them when pip says they no longer fit.
if ! .venv/bin/pip check >/dev/null 2>&1; then
  .venv/bin/pip uninstall -y -q PySide6_WebEngine PySide6_Pdf >/dev/null 2>&1 || true
  .venv/bin/pip install -q --force-reinstall --no-deps "$(.venv/bin/pip freeze | grep -i '^pyside6-addons==')" \
    "$(.venv/bin/pip freeze | grep -i '^pyside6-essentials==')" >/dev/null
fi

build_frozen() {
  local t0=$SECONDS
  .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/izsa-desktop.spec
  echo "Built dist/izsa-desktop/ in $((SECONDS - t0)) s: $(du -sm dist/izsa-desktop | cut -f1) MB," \
    "$(find dist/izsa-desktop -type f | wc -l) files"
}

case "$what" in
  demo)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      command -v dpkg >/dev/null 2>&1 && need_pkgs xvfb xauth
      echo "No display found: starting the app on a virtual screen (xvfb-run)."
      exec xvfb-run -a .venv/bin/izsa-desktop --demo "$@"
    fi
    exec .venv/bin/izsa-desktop --demo "$@" ;;
  test)
    [ "${IZSA_SKIP_FROZEN:-}" = "1" ] || build_frozen
    exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@" ;;
  package)
    build_frozen ;;
  bench)
    exec .venv/bin/python -m benchmarks.run "$@" ;;
  *) echo "usage: bash tools/run.sh demo|test|bench|package" >&2; exit 2 ;;
esac
