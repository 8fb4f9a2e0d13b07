"""Family Guide: offline, private help for families against online grooming and exploitation."""

APP_NAME = "FamilyGuide"
APP_ORG = "FamilyGuide"
APP_ID = "org.familyguide.FamilyGuide"
__version__ = "0.1.0"
