"""Workshop mode: the slides, the presenter, the plan editor and PDF export (shows and forwards only)."""
