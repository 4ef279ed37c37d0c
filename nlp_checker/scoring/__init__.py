"""Scoring: findings and code check -> denial risk, with weights from models/."""
