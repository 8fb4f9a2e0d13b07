"""The Info.plist of the macOS app bundle, used by packaging/family_guide.spec (BUNDLE).

No usage-description keys (camera, microphone, contacts, local network...): the app asks for
none of them, and macOS would show each one to the user as something the app may want.
"""

from __future__ import annotations

# Qt 6.8, the oldest PySide6 the app supports, runs on macOS 12 and newer.
MINIMUM_MACOS = "12.0"


def info_plist(version: str) -> dict:
    return {
        "CFBundleName": "Family Guide",
        "CFBundleDisplayName": "Family Guide",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "es", "hi", "ar"],  # the app's UI languages (translations/)
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.education",
        "NSHighResolutionCapable": True,  # sharp text on Retina screens
        "NSRequiresAquaSystemAppearance": False,  # follows the user's dark mode
        "NSHumanReadableCopyright": "Family Guide team. GPL-3.0-or-later.",
    }
