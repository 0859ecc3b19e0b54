#!/usr/bin/env bash
# Installs the Debian packages dangbo needs to build, test and run, and only the ones
# missing: a second run installs nothing. Needs root (or sudo) when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format ccache
  libboost-dev nlohmann-json3-dev libcli11-dev libspdlog-dev libfmt-dev
  libsqlite3-dev libpq-dev libargon2-dev libssl-dev libicu-dev
  libxlsxwriter-dev libzip-dev libexpat1-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql postgresql-client
  chromium fonts-dejavu-core wrk
  libreoffice-writer-nogui poppler-utils fonts-liberation
  sqlite3 clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# Node.js may come from Debian (nodejs + npm) or from a vendor package that bundles npm.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Cài các gói còn thiếu / installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
