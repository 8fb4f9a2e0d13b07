"""Save screenshots of the app's screens (offscreen), for looking at what we build.

python tools/shot.py [--lang es] [--scale 200] [--pseudo long] [--out shots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--pseudo", choices=("long", "mirror"))
    parser.add_argument("--out", default="shots")
    parser.add_argument("--country", default="US")
    parser.add_argument("--setup", action="store_true", help="show the first-run setup page")
    args = parser.parse_args()
    from family_guide import paths
    from family_guide.ui.app import build_context, create_app
    from family_guide.ui.help_now import HelpNowDialog
    from family_guide.ui.main_window import SECTIONS, MainWindow

    app = create_app(sys.argv[:1])
    home = Path(tempfile.mkdtemp())
    context = build_context(app, paths.AppPaths.under(home), args.pseudo)
    context.update_settings(language=args.lang, text_scale=args.scale, country=args.country, setup_done=True)
    context.load_content()
    window = MainWindow(context)
    window.resize(1100, 720)
    window.show()
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    tag = f"{args.lang}-{args.scale}" + (f"-{args.pseudo}" if args.pseudo else "")
    if args.setup:
        window.start_setup()
        app.processEvents()
        window.grab().save(str(out / f"setup-{tag}.png"))
    else:
        for key in SECTIONS:
            window.show_section(key)
            app.processEvents()
            window.grab().save(str(out / f"{key}-{tag}.png"))
        dialog = HelpNowDialog(context, window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"helpnow-{tag}.png"))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
