#!/usr/bin/env bash
# looplab's one entry point. Every subcommand installs what is missing first, so each works on a
# fresh machine (Debian 12 with rustup, node and python3), and is quick when everything is there.
#
#   ./build.sh setup          install toolchain pieces that are missing (idempotent, ~1 s warm)
#   ./build.sh build          wasm package (www/pkg) + front-end bundle (www/dist)
#   ./build.sh serve [PORT]   setup + build, then serve www/ on http://127.0.0.1:PORT (default 8000)
#   ./build.sh test           setup + native tests + wasm-pack browser tests + end-to-end tests
#   ./build.sh bench          setup + build, then the benchmarks (a table of ratios)
#   ./build.sh fuzz [N]       mutate the conformance scripts N times (default 200000): no panic, no hang
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
WASM_PACK_VERSION=0.15.1
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root to run: $*"; fi
}

# The wasm-bindgen version the crate resolved to; the CLI must match it exactly.
locked_wasm_bindgen() {
  if [ ! -f Cargo.lock ]; then cargo generate-lockfile -q; fi
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

setup() {
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
  command -v node >/dev/null || die "node not found: install Node.js (20 or newer) first"
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver (apt)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  local want; want=$(locked_wasm_bindgen)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (must equal the crate's version)"
    cargo install -q wasm-bindgen-cli --version "$want" --force
  fi
  if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
    say "installing wasm-pack $WASM_PACK_VERSION"
    cargo install -q wasm-pack --version "$WASM_PACK_VERSION" --force
  fi
  if [ ! -f www/node_modules/.package-lock.json ] || [ www/package-lock.json -nt www/node_modules/.package-lock.json ]; then
    say "installing npm packages (www/)"
    (cd www && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

build() {
  say "building the wasm package (www/pkg)"
  wasm-pack --log-level warn build --release --target web --out-dir www/pkg --no-typescript
  say "bundling the front end (www/dist)"
  (cd www && npm run --silent build)
}

serve() {
  local port=${1:-8000}
  setup
  build
  say "serving www/ — open http://127.0.0.1:$port/"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
}

# Runs a test command, keeps its output, and adds its counts to the totals.
PASSED=0
FAILED=0
run_counted() {
  local log; log=$(mktemp)
  set +e
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  local p f
  p=$(grep -Eo '([0-9]+) passed' "$log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '([0-9]+) failed' "$log" | awk '{s+=$1} END {print s+0}')
  # node's test runner reports "# pass N" / "# fail N".
  p=$((p + $(grep -Eo '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -Eo '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  rm -f "$log"
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then FAILED=$((FAILED + 1)); fi
  return "$status"
}

test_all() {
  setup
  local status=0
  say "native tests (cargo test)"
  run_counted cargo test --quiet || status=1
  say "browser tests (wasm-pack test --headless --chrome)"
  run_counted wasm-pack --log-level warn test --headless --chrome || status=1
  build
  say "end-to-end tests (Playwright + chromium)"
  run_counted node --test --test-concurrency=1 tests/e2e/ www/src/ || status=1
  echo "looplab tests: $PASSED passed, $FAILED failed"
  return $status
}

bench() {
  setup
  build
  say "benchmarks (headless chromium)"
  node benches/run.mjs
  say "task scripts: looplab run vs python3"
  cargo build --release --quiet --bin looplab
  python3 benches/native.py
}

fuzz() {
  local n=${1:-200000}
  say "fuzzing task scripts: $n mutants"
  LOOPLAB_FUZZ_CASES=$n cargo test --release --test fuzz_scripts -- --nocapture
}

cmd=${1:-}
shift || true
case "$cmd" in
  setup) setup ;;
  build) setup; build ;;
  serve) serve "$@" ;;
  test) test_all ;;
  bench) bench ;;
  fuzz) fuzz "$@" ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; [ -z "$cmd" ] || exit 2 ;;
esac
