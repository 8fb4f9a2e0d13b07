#!/bin/sh
# Install Family Guide for this user only (no administrator rights): run it from the unpacked folder.
#   ./install.sh            install or update
#   ./install.sh --remove   remove the app (your journal and settings stay; see below)
# The app goes to ~/.local/share/family-guide, a command to ~/.local/bin, the menu entry to
# ~/.local/share/applications and its icon to ~/.local/share/icons/hicolor. Your journal and
# settings live in ~/.local/share/FamilyGuide and ~/.config/FamilyGuide; this script never touches them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$data/family-guide"
bin="$HOME/.local/bin"
id=org.familyguide.FamilyGuide

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$app"
  rm -f "$bin/family-guide" "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
  rm -f "$data/icons/hicolor/scalable/apps/$id.svg"
  for icon in "$data"/icons/hicolor/*/apps/"$id".png; do rm -f "$icon"; done
  echo "Family Guide is removed. Your journal and settings are still in $data/FamilyGuide and"
  echo "${XDG_CONFIG_HOME:-$HOME/.config}/FamilyGuide; delete those folders yourself only if you want them gone."
  exit 0
fi

if [ "$here" != "$app" ]; then
  rm -rf "$app.new"
  mkdir -p "$data"
  cp -R "$here" "$app.new"
  rm -rf "$app"
  mv "$app.new" "$app"
fi
mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sf "$app/family-guide" "$bin/family-guide"
# The menu entry runs the installed copy by its full path: ~/.local/bin is not on every PATH.
sed "s|^Exec=family-guide|Exec=\"$app/family-guide\"|" "$app/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp "$app/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
# The icon the menu entry names (Icon=org.familyguide.FamilyGuide), every size and the SVG, in the
# user's own hicolor theme, where every desktop looks. A newer folder time tells GTK's icon cache
# to look again; a cache file is rebuilt only if there already is one (making one would hide icons
# that other apps add later without rebuilding it).
mkdir -p "$data/icons"
cp -R "$app/share/icons/hicolor" "$data/icons/"
touch "$data/icons/hicolor"
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Family Guide is installed. Start it from your applications menu, or run: $bin/family-guide"
