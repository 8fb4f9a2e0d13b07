"""Workshop plans (content modules of kind ``workshop``): checks, timing, presenting, adapting, saving.

Qt-free like the rest of the core; the UI under family_guide/ui/workshop shows and forwards.
"""
