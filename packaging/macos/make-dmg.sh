#!/bin/sh
# Make dist/FamilyGuide-<version>.dmg from "dist/Family Guide.app" on macOS:
#   python packaging/build.py && sh packaging/macos/make-dmg.sh
# Signing and notarisation (docs/installing.md) happen only when their secrets are set:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: <Org> (<TEAM>)", in the login keychain
#                         (PyInstaller signs the app's binaries with it during the build;
#                         this script signs the .dmg)
#   MACOS_NOTARY_PROFILE  a notarytool keychain profile (xcrun notarytool store-credentials), and
#   MACOS_NOTARY_KEYCHAIN the keychain holding it, when not the login keychain (CI)
# Without them the .dmg is made unsigned and the script says so; nothing is faked.
set -eu
cd "$(dirname "$0")/../.."

python=${PYTHON:-python3}
app="dist/Family Guide.app"
version=$("$python" -c 'import sys; sys.path.insert(0, "."); import family_guide; print(family_guide.__version__)')
dmg="dist/FamilyGuide-$version.dmg"

if [ ! -d "$app" ]; then
  echo "make-dmg: $app is missing; run python packaging/build.py first" >&2
  exit 1
fi
# The app inside the bundle must pass its own self-test before it is shipped.
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/family-guide" --self-test

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "make-dmg: MACOS_SIGN_IDENTITY is not set, so the app is NOT signed; macOS will warn users (see docs/installing.md)"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"  # drag the app onto this link to install it
rm -f "$dmg"
hdiutil create -volname "Family Guide" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --sign "$MACOS_SIGN_IDENTITY" --timestamp "$dmg"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" ${MACOS_NOTARY_KEYCHAIN:+--keychain "$MACOS_NOTARY_KEYCHAIN"} --wait
  xcrun stapler staple "$dmg"
fi
echo "made $dmg"
