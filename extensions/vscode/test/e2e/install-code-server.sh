#!/bin/sh
# Installs code-server (a real VS Code, served to a browser) into DIR on Node 20,
# with only the npm registry and Debian's packages reachable. Used by the
# end-to-end test (vscode.e2e.test.ts) and by .ci/run.
#
# Usage: install-code-server.sh DIR   (idempotent; about 50 s and 300 MB the first time)
#
# Three workarounds, each needed here:
# - code-server 4.100.3 (VS Code 1.100.3): newer releases need Node 24;
# - its native modules build against libkrb5 and pkg-config (Debian packages);
# - @vscode/ripgrep's postinstall downloads rg from GitHub: its download cache is
#   seeded with Debian's rg, so the postinstall finds it and never goes online.
set -eu
DIR=${1:?usage: install-code-server.sh DIR}
mkdir -p "$DIR"; DIR=$(cd "$DIR" && pwd)
VERSION=4.100.3
installed() {
  node -p "require('$DIR/node_modules/code-server/package.json').version" 2>/dev/null || true
}
if [ -x "$DIR/node_modules/.bin/code-server" ] && [ "$(installed)" = "$VERSION" ]; then exit 0; fi
command -v rg >/dev/null 2>&1 && dpkg -s libkrb5-dev >/dev/null 2>&1 && command -v pkg-config >/dev/null 2>&1 || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev pkg-config ripgrep >/dev/null; }
C=$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11
mkdir -p "$C"; T=$(mktemp -d); cp "$(command -v rg)" "$T/rg"
tar czf "$C/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$T" rg; rm -rf "$T"
cd "$DIR"; [ -f package.json ] || npm init -y >/dev/null
# As root the postinstall insists on unsafe-perm; node-pty runs `npx node-gyp` (npm may be set to yes=false).
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-save --no-fund --no-audit "code-server@$VERSION" >/dev/null
[ "$(installed)" = "$VERSION" ] || { echo "install-code-server.sh: code-server $VERSION did not install into $DIR" >&2; exit 1; }
