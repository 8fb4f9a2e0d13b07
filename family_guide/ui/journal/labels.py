"""Translated names for journal kinds, concern levels and incident fields (the core keeps ids only)."""

from __future__ import annotations

from family_guide.ui.i18n import translate


def kind_label(kind: str) -> str:
    return {
        "note": translate("Journal", "Note"),
        "conversation": translate("Journal", "Conversation"),
        "snapshot": translate("Journal", "Checklist"),
        "incident": translate("Journal", "Incident"),
    }[kind]


def concern_label(level: int) -> str:
    return {
        0: translate("Journal", "No concern"),
        1: translate("Journal", "Some concern"),
        2: translate("Journal", "Serious concern"),
        3: translate("Journal", "Urgent"),
    }[level]


def incident_field_label(name: str) -> str:
    return {
        "platform": translate("Journal", "App, game or site"),
        "other_person": translate("Journal", "The other person's username or profile link"),
        "what_happened": translate("Journal", "What happened"),
        "evidence_location": translate("Journal", "Where the evidence is kept (never a copy of a sexual image)"),
        "actions_taken": translate("Journal", "What you did"),
        "reports_made": translate("Journal", "Reports made, and their reference numbers"),
    }[name]


def no_images_text() -> str:
    return translate(
        "Journal",
        "You cannot add pictures here, on purpose. Never save, screenshot or forward a sexual image of a child, "
        "even as evidence: it is a crime to keep it and it harms the child again. Write down where it is and report it.",
    )
