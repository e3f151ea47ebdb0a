"""``archlint`` and ``python -m archlint``: the process entry point.

It sets the garbage collector's policy before importing the command line (see
``archlint.cli.main`` for why archlint runs with a 1M-object young generation): importing
typer and archlint creates tens of thousands of objects, which under the default threshold
(700) trigger ~100 useless collections, ~3 ms of every start.
"""

import gc


def main() -> None:
    gc.set_threshold(1_000_000, 50, 100)
    from archlint.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
