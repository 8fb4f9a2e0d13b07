"""The Qt user interface: it shows the core's data and forwards the user's actions."""
