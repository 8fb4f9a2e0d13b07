"""Constants shared by the core and the UI, kept free of heavy imports for a fast start."""

FORMAT_VERSION = 1
SOURCE_LANGUAGE = "en"
AGE_BANDS: tuple[str, ...] = ("5-8", "9-12", "13-17")
