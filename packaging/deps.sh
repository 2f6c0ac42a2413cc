# shellcheck shell=bash
# Debian 12 packages needed to build, test and package TFDrift Console.
# Sourced by run.sh and test.sh; installs only what is missing, so a ready
# machine never touches apt or the network.

TFDRIFT_DEB_PACKAGES=(
    cmake
    ninja-build
    g++
    pkg-config
    qt6-base-dev
    qt6-base-dev-tools
    qt6-charts-dev
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-translations-l10n
    libqt6sql6-sqlite
    libqt6svg6
    libgl-dev
    libqt6opengl6-dev
    libyaml-cpp-dev
    libgrpc++-dev
    libprotobuf-dev
    protobuf-compiler
    protobuf-compiler-grpc
    qtkeychain-qt6-dev
    openssl
    xvfb
    xauth
    fonts-noto-cjk
    file
    dpkg-dev
    python3-botocore
)

# Prints the packages from the arguments that dpkg does not report as installed.
tfdrift_missing_packages()
{
    local package status
    for package in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        if [[ "$status" != "install ok installed" ]]; then
            printf '%s\n' "$package"
        fi
    done
}

# Installs whatever is missing. Returns non-zero with a message saying what to
# do when it cannot (no dpkg, no root and no sudo, or apt-get failing).
tfdrift_ensure_deps()
{
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "error: dpkg-query not found; TFDrift Console's scripts expect Debian 12 (bookworm) or a derivative." >&2
        echo "       Install the equivalent of: ${TFDRIFT_DEB_PACKAGES[*]}" >&2
        return 1
    fi

    local -a missing
    mapfile -t missing < <(tfdrift_missing_packages "${TFDRIFT_DEB_PACKAGES[@]}")
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi

    echo "Installing missing build dependencies: ${missing[*]}" >&2

    local -a as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            echo "error: these packages are missing and installing them needs root, but sudo is not available:" >&2
            echo "       ${missing[*]}" >&2
            echo "       Run as root: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
            return 1
        fi
    fi

    if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update; then
        echo "error: apt-get update failed; check the network and /etc/apt/sources.list." >&2
        return 1
    fi
    if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"; then
        echo "error: apt-get install failed for: ${missing[*]}" >&2
        return 1
    fi
}
