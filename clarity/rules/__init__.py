"""The rule registry: rule packs (YAML under rules/<lang>/), their cache, catalogue and docs."""
