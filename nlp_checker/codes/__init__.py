"""Code check: findings + billed code/modifiers -> which CPT code the note supports."""
