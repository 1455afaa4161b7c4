#!/bin/sh
# Installs the Debian 12 packages Role Atlas needs to build, run and test, and nothing
# when they are all present (so `make run` and `make check` stay quiet and fast).
set -eu

packages="
  gcc
  make
  meson
  ninja-build
  pkg-config
  python3
  gettext
  libglib2.0-dev
  libglib2.0-dev-bin
  libgtk-4-dev
  libadwaita-1-dev
  libjson-glib-dev
  libcairo2-dev
  libpango1.0-dev
  fonts-dejavu-core
  xvfb
  xauth
  dbus-bin
  dbus-daemon
  desktop-file-utils
  appstream
  poppler-utils
  iso-codes
  xdotool
  valgrind
  at-spi2-core
  python3-gi
  gir1.2-atspi-2.0
  flatpak-builder
"

# `make fuzz` also needs clang with its libFuzzer runtime.
if [ "${1:-}" = "--fuzz" ]; then
  packages="$packages clang libclang-rt-14-dev"
fi

missing=""
for package in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    *" installed") ;;
    *) missing="$missing $package" ;;
  esac
done

[ -z "$missing" ] && exit 0

echo "Installing missing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Run as root or install sudo to install:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
