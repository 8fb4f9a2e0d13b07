"""Handouts for counselors: what goes on a printed page, decided without Qt.

``blocks`` holds the page's parts, ``compose`` builds them for each source kind (a guide,
a checklist, a country's help page, the family safety plan, a workshop plan's take-home
handout), ``pairing`` lines two languages up paragraph by paragraph, ``helplines`` picks the
help lines, ``counselor`` checks the counselor's details, and ``paper`` picks the paper size.
The Qt renderer lives in family_guide/ui/handouts/.
"""
