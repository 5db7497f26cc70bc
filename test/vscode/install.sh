#!/usr/bin/env bash
# Installs the tools the editor tests need, with nothing downloaded outside the npm registry and Debian's apt:
#   - code-server 4.100.3 (= VS Code 1.100.3; the newest that runs on Node 20) into a cache dir OUTSIDE the repo;
#   - Debian's chromium (headless browser for the workbench), ripgrep (code-server would fetch it from GitHub),
#     libkrb5-dev + build tools (native modules are rebuilt from source), fonts-noto-cjk (Chinese in screenshots).
# Adapted from ../shared/tools/real-vscode/install-code-server.sh. Works on a fresh Debian/Ubuntu machine.
# usage: test/vscode/install.sh [TARGET_DIR]      (default: $TIFA_CODE_SERVER_DIR or $HOME/.cache/tifa-real-vscode)
set -euo pipefail
TARGET=${1:-${TIFA_CODE_SERVER_DIR:-$HOME/.cache/tifa-real-vscode}}
mkdir -p "$TARGET" && D=$(cd "$TARGET" && pwd)
VER=${CODE_SERVER_VERSION:-4.100.3}
export npm_config_yes=true   # node-pty's install step runs `npx node-gyp`

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
# 1. system packages (checked one by one so a fresh machine gets everything, a prepared one skips apt;
#    checked even when code-server is cached, e.g. a CI cache restored on a fresh machine)
need_apt=0
command -v chromium >/dev/null || need_apt=1
command -v rg >/dev/null || need_apt=1
command -v make >/dev/null && command -v g++ >/dev/null && command -v python3 >/dev/null || need_apt=1
[ -f /usr/include/gssapi/gssapi.h ] || need_apt=1
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || need_apt=1
if [ "$need_apt" = 1 ]; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium ripgrep libkrb5-dev build-essential python3 pkg-config fonts-noto-cjk fontconfig ca-certificates >/dev/null
fi

if [ -f "$D/cs/.installed-$VER" ]; then echo "code-server $VER 已安装于 $D/cs"; exit 0; fi

# node-gyp must build against local Node headers (it cannot download them offline)
export npm_config_nodedir=${npm_config_nodedir:-$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")}
test -f "$npm_config_nodedir/include/node/node_version.h" || { echo "找不到 Node 头文件：$npm_config_nodedir/include/node" >&2; exit 1; }

# 2. the npm tarball, unpacked by hand: `npm install -g code-server` runs a postinstall that downloads from GitHub
cd "$D"
npm pack "code-server@$VER" --silent >/dev/null
rm -rf cs && mkdir cs && tar xzf "code-server-$VER.tgz" -C cs --strip-components=1 && rm -f "code-server-$VER.tgz"

# 3. dependencies without install scripts, then rebuild only the native modules code-server needs
(cd cs && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error && npm rebuild argon2 --loglevel=error)
cd cs/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
npm rebuild @parcel/watcher @vscode/spdlog @vscode/deviceid kerberos native-watchdog node-pty --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# the rest of code-server's own postinstall
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
cd "$D"
HOME="$D" XDG_DATA_HOME="$D/data" node cs/out/node/entry.js --config "$D/config.yaml" --user-data-dir "$D/data" --version
touch "cs/.installed-$VER"
echo "code-server $VER 已安装于 $D/cs"
