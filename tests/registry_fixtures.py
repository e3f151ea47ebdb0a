"""pytest fixtures for a real distribution registry (Debian's docker-registry)."""
