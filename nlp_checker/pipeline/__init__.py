"""The spaCy/medspaCy pipeline built from the rule files under patterns/."""
