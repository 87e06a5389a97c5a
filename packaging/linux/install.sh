#!/usr/bin/env bash
# Install the studyvisit bundle for the current user (no root needed), or remove it.
#
#   ./install.sh            copy this bundle to ~/.local/opt/studyvisit, add the menu
#                           entry, the icon, the visit-file type and ~/.local/bin/studyvisit
#   ./install.sh --remove   take all of that away again
#
# Run it from the unpacked bundle (studyvisit/linux/install.sh). Your visits stay where
# they are, in ~/.local/share/studyvisit/, installed, upgraded or removed.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
BUNDLE="$(dirname "$HERE")"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/studyvisit"
BIN="$HOME/.local/bin"

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
  command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$TARGET"
  rm -f "$BIN/studyvisit" "$DATA/applications/studyvisit.desktop" \
    "$DATA/metainfo/io.github.studyvisit.metainfo.xml" "$DATA/mime/packages/studyvisit.xml" \
    "$DATA/icons/hicolor/256x256/apps/studyvisit.png" "$DATA/icons/hicolor/scalable/apps/studyvisit.svg"
  refresh
  echo "studyvisit removed; your visits are still in $DATA/studyvisit/."
  exit 0
fi

[ -x "$BUNDLE/studyvisit" ] || { echo "error: run this from the unpacked bundle" >&2; exit 1; }
if [ "$BUNDLE" != "$TARGET" ]; then
  rm -rf "$TARGET.new"
  mkdir -p "$(dirname "$TARGET")"
  cp -a "$BUNDLE" "$TARGET.new"
  rm -rf "$TARGET"
  mv "$TARGET.new" "$TARGET"  # an upgrade replaces the whole folder: no stale files
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" \
  "$DATA/icons/hicolor/256x256/apps" "$DATA/icons/hicolor/scalable/apps"
ln -sf "$TARGET/studyvisit" "$BIN/studyvisit"
# The menu entry names the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=studyvisit|Exec=$TARGET/studyvisit|" -e "s|^TryExec=studyvisit|TryExec=$TARGET/studyvisit|" \
  "$HERE/studyvisit.desktop" > "$DATA/applications/studyvisit.desktop"
cp "$HERE/io.github.studyvisit.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/studyvisit-mime.xml" "$DATA/mime/packages/studyvisit.xml"
cp "$HERE/studyvisit.png" "$DATA/icons/hicolor/256x256/apps/studyvisit.png"
cp "$HERE/studyvisit.svg" "$DATA/icons/hicolor/scalable/apps/studyvisit.svg"
refresh
echo "studyvisit installed in $TARGET; start it from the menu or with $BIN/studyvisit."
