"""Handouts in the UI: rendering for print and PDF, the counselor's logo, and the dialog."""
