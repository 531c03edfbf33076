"""The data that flows between stages: Document, Finding, results, rule metadata, settings."""
