"""Elements: annotated Doc -> findings with evidence (the last stage that touches spaCy)."""
