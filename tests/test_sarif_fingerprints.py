"""primaryLocationLineHash: the known-answer vectors of github/codeql-action's own tests
(``src/fingerprints.test.ts``), so archlint's value equals what upload-sarif computes."""

from __future__ import annotations

import pytest

from archlint.report.sarif_fingerprints import file_line_hashes, line_hashes

EMPTY = "c129715d7a2bc9a3:1"
HELLO = [
    "e9496ae3ebfced30:1",
    "fb7c023a8b9ccb3f:1",
    "ce8ba1a563dcdaca:1",
    "e20e36e16fcb0cc8:1",
    "b3edc88f2938467e:1",
    "c8e28b0b4002a3a0:1",
    EMPTY,
]


def hashes(text: str) -> list[str]:
    table = line_hashes(text)
    assert sorted(table) == list(range(1, len(table) + 1))
    return [table[i] for i in sorted(table)]


def test_empty_file() -> None:
    assert hashes("") == [EMPTY]


def test_spaces_and_tabs_are_ignored() -> None:
    assert hashes(" a\nb\n  \t\tc\n d") == [
        "271789c17abda88f:1",
        "54703d4cd895b18:1",
        "180aee12dab6264:1",
        "a23a3dc5e078b07b:1",
    ]


def test_without_final_newline() -> None:
    assert hashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End") == [
        "8b7cf3e952e7aeb2:1",
        "b1ae1287ec4718d9:1",
        "bff680108adb0fcc:1",
        "c6805c5e1288b612:1",
        "b86d3392aea1be30:1",
        "e6ceba753e1a442:1",
    ]


@pytest.mark.parametrize(
    "text",
    [
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
        " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
        " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
        " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
    ],
    ids=["lf", "cr", "crlf", "mixed"],
)
def test_line_endings_are_normalised(text: str) -> None:
    assert hashes(text) == HELLO


def test_repeated_lines_are_counted() -> None:
    assert hashes("Lorem ipsum dolor sit amet.\n" * 10) == [
        *(f"a7f2ff13bc495cf2:{i}" for i in range(1, 7)),
        "a7f2ff1481e87703:1",
        "a9cf91f7bbf1862b:1",
        "55ec222b86bcae53:1",
        "cc97dc7b1d7d8f7b:1",
        EMPTY,
    ]


def test_bytes_are_decoded_as_utf8_and_astral_characters_count_twice() -> None:
    text = "FROM alpine\nLABEL x=\U0001f433\n"
    assert file_line_hashes(text.encode()) == line_hashes(text)
    # a character outside the BMP is two UTF-16 code units, as in JavaScript
    assert line_hashes("\U0001f433\n") != line_hashes("\u00e9\n")
    assert line_hashes("\U0001f433\n") == line_hashes("\ud83d\udc33\n")


def test_a_finding_line_hash_ignores_indentation_but_not_content() -> None:
    a = line_hashes("FROM alpine\nRUN  apk add curl\n")
    b = line_hashes("FROM alpine\n    RUN apk add curl\n")
    c = line_hashes("FROM alpine\nRUN apk add wget\n")
    assert a[2] == b[2]
    assert a[2] != c[2]
