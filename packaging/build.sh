#!/usr/bin/env bash
# Build the laptop bundle for this platform (Linux, macOS; Git Bash on Windows):
#     packaging/build.sh
# Sets up (once) the checkout's virtual environment with the bundle tools, then runs
# packaging/build.py. Result: dist/onboarding-tracker/ and dist/onboarding-tracker.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="bundle"
. packaging/venv.sh
exec "$PYBIN" packaging/build.py "$@"
