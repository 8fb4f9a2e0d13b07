"""Tests that need Qt in the test process: screens driven as a user would, Qt-drawn PDFs and slides,
compiled translations, the Qt binding itself."""
