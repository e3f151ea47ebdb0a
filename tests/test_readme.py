"""The README's rule table is the catalog's; its quick start is two commands."""

from __future__ import annotations

import re
from pathlib import Path

from archlint.commands.rules import markdown_table

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def section(name: str) -> str:
    m = re.search(rf"<!-- section:{name} -->\n(.*?)<!-- /section:{name} -->", README, re.S)
    assert m, name
    return m.group(1)


def test_rule_table_matches_catalog() -> None:
    assert markdown_table() in section("rules"), (
        "README rule table is stale: paste `archlint rules --format markdown` into the "
        "rules section"
    )


def test_quick_start_is_two_commands_and_ci_runs_the_test_command() -> None:
    block = re.search(r"```sh\n(.*?)```", section("quickstart"), re.S).group(1)
    commands = [line for line in block.splitlines() if line.strip()]
    assert len(commands) == 2
    assert "archlint check" in commands[0]
    test_cmd = commands[1].strip()
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert test_cmd in ci
