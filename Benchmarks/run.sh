#!/usr/bin/env bash
# KATA's speed figures (DESIGN §10), measured on a release build of this checkout.
# Usage: Benchmarks/run.sh [seconds-per-figure]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release
echo "machine: $(nproc) cores, $(uname -srm)"
.build/release/kata bench --seconds "${1:-3}"
