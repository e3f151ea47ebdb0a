"""Real servers for archlint's registry tests (registry process, seeding, auth, faults)."""
