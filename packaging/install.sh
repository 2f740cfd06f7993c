#!/usr/bin/env bash
# Install Paddock into ./.venv on Debian or Ubuntu (Python 3.11+).
#   packaging/install.sh          the app
#   packaging/install.sh --tests  the app and what the test suite needs
# System packages: a C++ toolchain and cmake (llama-cpp-python compiles llama.cpp),
# and the libraries Qt needs. Installed with apt-get only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--tests" ] && extras="[test]"

system_packages=(
  python3-venv python3-dev build-essential cmake libthai0
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
)
# The tests also check the desktop entry: its validator, the MIME database, an X server.
[ -n "$extras" ] && system_packages+=(desktop-file-utils shared-mime-info xvfb x11-utils)
missing=()
for pkg in "${system_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "Paddock needs Python 3.11 or newer (found $("$python" --version))." >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
echo "Installing Paddock$extras (the first install compiles llama.cpp: about 9 minutes on 2 cores)..."
.venv/bin/python -m pip install --quiet -e ".$extras"
if [ -f packaging/translations.py ]; then
  .venv/bin/python packaging/translations.py build
fi
echo "Paddock is installed in .venv"
