"""Entry point for the frozen app (PyInstaller needs a script, not a console_scripts entry)."""

from family_guide.cli import main

raise SystemExit(main())
