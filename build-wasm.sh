#!/usr/bin/env bash
# factlens: one script that sets up, builds, serves and tests the project.
#
#   ./build-wasm.sh            install what is missing, build native + web into dist/
#   ./build-wasm.sh serve [P]  build, then serve dist/ on http://127.0.0.1:P (default 8080)
#   ./build-wasm.sh test       build, then run every test (native ctest + browser tests)
#   ./build-wasm.sh fuzz [S]   run the libFuzzer targets for S seconds each (default 30)
#   ./build-wasm.sh bench      build, then print throughput figures (native, in Chromium, and
#                              against chrono-node and Recognizers-Text from npm), and the
#                              load time and memory of stories of 100 to 10,000 sources, and the
#                              page's weight, first frame and idle wake-ups against the bare
#                              Dear ImGui demo (built into build/demo/)
#
# Everything comes from Debian's packages (binary and source) or npm. Third-party
# sources are unpacked into build/deps/ (ignored by git); the SDL2 web build is cached
# there and rebuilt only when missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DEPS="$ROOT/build/deps"
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
# Debian's emscripten runs its JS optimiser with Node and needs Debian's acorn.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

log() { printf '\033[1m[factlens]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; exit 1; fi
}

# --- [SECTION] Debian packages -------------------------------------------------------
PACKAGES=(
  build-essential cmake ninja-build pkg-config dpkg-dev
  emscripten binaryen
  nlohmann-json3-dev googletest libgtest-dev libbenchmark-dev iso-codes unicode-data unicode-cldr-core wordnet-base
  fonts-inter fonts-jetbrains-mono fonts-noto-core fonts-noto-cjk fonttools
  chromium nodejs npm
)

apt_updated=0
apt_update_once() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
}

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    # node/npm may come from another source on the machine: accept the commands.
    if [ "$p" = nodejs ] && command -v node >/dev/null; then continue; fi
    if [ "$p" = npm ] && command -v npm >/dev/null; then continue; fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt_update_once
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# --- [SECTION] Third-party sources (Debian source packages) --------------------------
ensure_deb_src() {
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    log "adding deb-src entries derived from the machine's apt sources"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
        as_root tee /etc/apt/sources.list.d/deb-src.sources >/dev/null
    else
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | as_root tee /etc/apt/sources.list.d/deb-src.list >/dev/null
    fi
    apt_updated=0
  fi
  apt_update_once
}

fetch_sources() {
  mkdir -p "$DEPS/src"
  local need=0
  compgen -G "$DEPS/src/imgui-*/imgui.cpp" >/dev/null || need=1
  compgen -G "$DEPS/src/libsdl2-*/CMakeLists.txt" >/dev/null || need=1
  [ $need = 1 ] || return 0
  ensure_deb_src
  log "fetching Dear ImGui and SDL2 sources (apt-get source)"
  (cd "$DEPS/src" && apt-get source -qq imgui libsdl2 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
  compgen -G "$DEPS/src/imgui-*/imgui.cpp" >/dev/null || { log "Dear ImGui source missing after apt-get source"; exit 1; }
  compgen -G "$DEPS/src/libsdl2-*/CMakeLists.txt" >/dev/null || { log "SDL2 source missing after apt-get source"; exit 1; }
}

# Only the subsystems the app uses: video (WebGL through SDL's Emscripten driver), events
# and timers. Audio, the 2D renderer, joysticks, haptics, HIDAPI, power, sensors, locale,
# misc, filesystem, shared objects and the dummy and offscreen video drivers are left out
# (their API stays, as stubs), which keeps their code out of factlens.wasm. The folder's
# name says which set it is: a change of options gets a new folder, and an old one stays
# valid for whatever still points at it.
SDL_WEB="$DEPS/sdl-web-min"
SDL_WEB_OPTIONS=(
  -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_POWER=OFF
  -DSDL_SENSOR=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOADSO=OFF
  -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF
)
build_sdl_web() {
  [ -f "$SDL_WEB/lib/libSDL2.a" ] && return 0
  local src
  src=$(compgen -G "$DEPS/src/libsdl2-*/CMakeLists.txt" | head -n 1)
  src=$(dirname "$src")
  log "building SDL2 for the web (cached in build/deps/$(basename "$SDL_WEB"), a few minutes once)"
  emcmake cmake -S "$src" -B "$SDL_WEB-build" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF "${SDL_WEB_OPTIONS[@]}" -DCMAKE_INSTALL_PREFIX="$SDL_WEB" >/dev/null
  cmake --build "$SDL_WEB-build" -j "$JOBS" >/dev/null
  cmake --install "$SDL_WEB-build" >/dev/null
}

# npm's dev dependencies (package.json): google-closure-compiler, which the web build's link
# runs (emcc --closure 1; Debian's closure-compiler is too old for this emcc), and
# playwright-core and axe-core for the browser tests.
install_npm() {
  if [ ! -d "$ROOT/node_modules/playwright-core" ] || [ ! -d "$ROOT/node_modules/axe-core" ] ||
    [ ! -x "$ROOT/node_modules/.bin/google-closure-compiler" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    log "installing npm packages (google-closure-compiler, playwright-core and axe-core; the browser is Debian's chromium)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

setup() {
  install_packages
  fetch_sources
  build_sdl_web
  install_npm
}

# --- [SECTION] Builds ----------------------------------------------------------------
build_native() {
  log "native build (build/native)"
  cmake -S "$ROOT" -B "$ROOT/build/native" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$ROOT/build/native" -j "$JOBS"
}

build_web() {
  log "web build (build/web -> dist/)"
  local imgui
  imgui=$(dirname "$(compgen -G "$DEPS/src/imgui-*/imgui.cpp" | head -n 1)")
  emcmake cmake -S "$ROOT" -B "$ROOT/build/web" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DFACTLENS_IMGUI_DIR="$imgui" -DFACTLENS_SDL_PREFIX="$SDL_WEB" >/dev/null
  cmake --build "$ROOT/build/web" -j "$JOBS"
  cmake --build "$ROOT/build/web" --target dist
}

# The bare Dear ImGui 1.86 demo (examples/example_emscripten_opengl3, from the same Debian
# source) built with the app's toolchain and flags into build/demo/site/, for the bench to
# compare weight and first frame with (bench/weight.mjs). Objects are kept: rebuilt only
# when missing.
build_demo() {
  local imgui out obj f o objs=()
  imgui=$(dirname "$(compgen -G "$DEPS/src/imgui-*/imgui.cpp" | head -n 1)")
  out="$ROOT/build/demo"
  mkdir -p "$out/obj" "$out/site"
  for f in examples/example_emscripten_opengl3/main.cpp imgui.cpp imgui_demo.cpp imgui_draw.cpp imgui_tables.cpp \
    imgui_widgets.cpp backends/imgui_impl_sdl.cpp backends/imgui_impl_opengl3.cpp; do
    o="$out/obj/$(basename "${f%.cpp}").o"
    if [ ! -f "$o" ]; then
      log "demo: compiling $f"
      local src="$imgui/$f"
      if [ "$f" = examples/example_emscripten_opengl3/main.cpp ]; then
        # The demo links the app's SDL, built without the joystick subsystem (the app has no
        # use for it), so it must not ask SDL_Init for game controllers: that init fails.
        src="$out/demo-main.cpp"
        sed 's/|[[:space:]]*SDL_INIT_GAMECONTROLLER//' "$imgui/$f" > "$src"
      fi
      em++ -O3 -DNDEBUG -DIMGUI_DISABLE_FILE_FUNCTIONS -I"$imgui" -I"$imgui/backends" -I"$imgui/examples/example_emscripten_opengl3" \
        -I"$SDL_WEB/include/SDL2" -c "$src" -o "$o"
    fi
    objs+=("$o")
  done
  # The app's link flags (CMakeLists.txt) where they apply; no file system, as the demo's own Makefile.
  em++ -O3 "${objs[@]}" "$SDL_WEB/lib/libSDL2.a" -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web \
    -sNO_FILESYSTEM=1 -sDYNAMIC_EXECUTION=0 -o "$out/site/index.js"
  cp "$ROOT/bench/demo/index.html" "$ROOT/bench/demo/demo.js" "$out/site/"
  node "$ROOT/tools/compress.mjs" "$out/site" >/dev/null
}

build_all() {
  setup
  build_native
  build_web
}

cmd=${1:-build}
case "$cmd" in
  build) build_all ;;
  serve)
    build_all
    port=${2:-8080}
    log "serving dist/ on http://127.0.0.1:$port (Ctrl+C stops)"
    exec node "$ROOT/tools/serve.mjs" "$ROOT/dist" "$port"
    ;;
  test)
    build_all
    install_npm
    log "native tests (ctest)"
    ctest --test-dir "$ROOT/build/native" --output-on-failure
    # The extractor's recall and precision on the curated story (held by a test above).
    "$ROOT/build/native/tests/core_tests" --gtest_filter='ExtractAgainstCuratedStory.*' | grep 'extractor vs' || true
    # Recall and precision per kind on the spec tables (tests/core/spec/; floors held by a test).
    "$ROOT/build/native/tests/core_tests" --gtest_filter='ExtractSpec.*' | grep '^spec ' || true
    log "browser tests (Playwright-core + Debian chromium)"
    node --test --test-concurrency=1 "$ROOT"/tests/browser/*.test.mjs
    ;;
  bench)
    build_all
    install_npm
    # Each step also writes its figures to build/bench-run/, and the summary at the end puts
    # the three side by side: native, wasm in Chromium, and chrono-node, all from this run and
    # on the same five articles (assets/bytedance-ai-2025). MB/s are 10^6 bytes per second
    # (Google Benchmark's own "M/s" column counts 2^20).
    out="$ROOT/build/bench-run"
    rm -rf "$out" && mkdir -p "$out"
    log "native extraction throughput (Google Benchmark)"
    "$ROOT/build/native/bench/extract_bench" --benchmark_out="$out/native.json" --benchmark_out_format=json
    # Large synthetic stories (tools/make-big-story.py, ten claims per source, each stated
    # twice) opened as `factlens check` opens them: time per step and peak memory.
    log "story size: load and analysis of 100 to 10,000 sources (bench/scale_bench.cpp)"
    stories=()
    for n in 100 1000 3000 10000; do
      [ -f "$ROOT/build/big-stories/$n/corpus.json" ] || /usr/bin/python3 "$ROOT/tools/make-big-story.py" "$n" >/dev/null
      stories+=("$ROOT/build/big-stories/$n/corpus.json")
    done
    "$ROOT/build/native/bench/scale_bench" "${stories[@]}" | tee "$out/scale.txt"
    log "in-browser extraction throughput"
    node "$ROOT/bench/browser-throughput.mjs" --out "$out/wasm.json"
    log "against chrono-node and Recognizers-Text"
    (cd "$ROOT/bench" && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } &&
      node compare.mjs --throughput-out "$out/compare.json")
    log "summary (this run, the five articles)"
    node "$ROOT/bench/summary.mjs" "$out"
    log "frame work per view in Chromium at 1,000 and 10,000 sources (bench/views.mjs)"
    node "$ROOT/bench/views.mjs" --sizes 1000,10000 --out "$out/views.json"
    log "weight, first frame and idle, against the bare Dear ImGui demo (build/demo)"
    build_demo
    node "$ROOT/bench/weight.mjs" --out "$out/weight.json"
    ;;
  fuzz)
    # libFuzzer with ASan and UBSan (fatal), clang from Debian (pulled in by emscripten);
    # the core is instrumented for coverage too (CMakeLists.txt, FACTLENS_FUZZ). Each
    # target runs S seconds from its regression inputs and seeds; its executions and
    # coverage (cov: edges, ft: features) are printed. A crash, a leak or a timeout fails
    # the run (exit 1) and leaves the input in build/fuzz/artifacts/<target>/: fix the
    # bug, then keep the input in tests/fuzz-regressions/<target>/ (ctest replays it).
    seconds=${2:-30}
    install_packages
    fuzz_dir=${FUZZ_DIR:-$ROOT/build/fuzz}
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTLENS_FUZZ=ON >/dev/null
    cmake --build "$fuzz_dir" -j "$JOBS"
    failed=()
    # FUZZ_PARALLEL=1 runs the targets side by side (each gets a share of the cores), so a
    # long run of every target fits in the same wall time.
    fuzz_one() {
      local t=$1
      mkdir -p "$fuzz_dir/corpus-$t" "$fuzz_dir/artifacts/$t"
      seeds=("$ROOT/tests/fuzz-regressions/$t")
      case $t in
        corpus) seeds+=("$ROOT/assets/bytedance-ai-2025" "$ROOT/tests/fixtures" "$ROOT/tests/bad-inputs") ;;
        extract | story) seeds+=("$ROOT/assets/bytedance-ai-2025/sources") ;;
        files) seeds+=("$ROOT/fuzz/seeds/files") ;;
      esac
      dict=()
      [ -f "$ROOT/fuzz/$t.dict" ] && dict=(-dict="$ROOT/fuzz/$t.dict")
      log "fuzzing $t for ${seconds}s"
      local status=0
      "$fuzz_dir/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=8192 -timeout=25 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$fuzz_dir/artifacts/$t/" "${dict[@]}" \
        "$fuzz_dir/corpus-$t" "${seeds[@]}" >"$fuzz_dir/fuzz-$t.log" 2>&1 || status=$?
      echo "$status" >"$fuzz_dir/fuzz-$t.status"
    }
    report_one() {
      local t=$1 status
      status=$(cat "$fuzz_dir/fuzz-$t.status" 2>/dev/null || echo 1)
      # The last status line ("#N DONE cov: C ft: F corp: ...") and the final counts.
      echo "fuzz_$t: $(grep -E '^#[0-9]+' "$fuzz_dir/fuzz-$t.log" | tail -n 1 || true)"
      grep -E 'stat::number_of_executed_units|stat::new_units_added' "$fuzz_dir/fuzz-$t.log" || true
      if [ "$status" -ne 0 ]; then
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written|deadly signal' "$fuzz_dir/fuzz-$t.log" | head -n 20 >&2 || true
        log "fuzz_$t FAILED (exit $status); log: $fuzz_dir/fuzz-$t.log, input: $fuzz_dir/artifacts/$t/"
        failed+=("$t")
      fi
    }
    targets=(link corpus extract story files)
    if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then
      for t in "${targets[@]}"; do fuzz_one "$t" & done
      wait
    else
      for t in "${targets[@]}"; do fuzz_one "$t"; done
    fi
    for t in "${targets[@]}"; do report_one "$t"; done
    if [ ${#failed[@]} -gt 0 ]; then
      log "fuzzing found crashes in: ${failed[*]}"
      exit 1
    fi
    ;;
  setup) setup ;;
  weight)
    # The weight/first-frame/idle part of the bench alone, on the dist/ built last.
    install_npm
    build_demo
    node "$ROOT/bench/weight.mjs" "${@:2}"
    ;;
  *) echo "usage: $0 [build|serve [port]|test|bench|weight|fuzz [seconds]|setup]" >&2; exit 2 ;;
esac
