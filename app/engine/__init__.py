"""The answer engine: retrieval, evidence, per-source claims, conflicts, cited answers."""
