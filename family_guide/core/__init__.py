"""The Qt-free core: content model, loading and validation, checklist logic, settings.

Nothing under ``family_guide.core`` may import PySide6; tests/test_architecture.py enforces it.
"""
