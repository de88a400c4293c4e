"""The answer model: backends, the local model's worker process and its checks."""
