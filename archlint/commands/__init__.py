"""Command implementations. ``archlint.cli`` imports each one lazily, inside its command."""
