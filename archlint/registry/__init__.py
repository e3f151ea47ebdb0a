"""Registry resolution: the only package that talks HTTP (and the only one importing httpx).

CONTRACT with the engine (``archlint.engine`` imports this lazily, only when a selected
rule has ``needs_registry = true``):

    resolve_run(files: list[Dockerfile], per_file_platforms: dict[str, list[Platform]],
                options: RunOptions) -> RunResolution

``RunResolution.for_file(path)`` is what ``CheckContext.images`` holds for that file (the
AL1xx checks in ``archlint.checks.base_images`` read it); ``RunResolution.summary()`` is a
JSON-able dict the reporters add under ``summary["images"]`` (checked, not checked offline,
sources, request counts). All look-ups of a run are de-duplicated and run concurrently.
"""
