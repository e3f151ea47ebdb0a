"""The stand-in ``docker`` CLI for the build tests (see README.md and harness.py)."""
