"""The journal's screens: the session (lock state), its dialogs, the list model and the editor."""
