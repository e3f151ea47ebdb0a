"""GitHub's ``primaryLocationLineHash``, computed exactly as github/codeql-action does.

GitHub code scanning identifies an alert by repository, path, rule and this fingerprint.
``github/codeql-action/upload-sarif`` computes it itself when it is missing, and keeps (with a
warning) a value that differs from its own, so a tool must either omit the key or produce the
very same value. This module implements the published algorithm (``src/fingerprints.ts`` in
github/codeql-action), re-written in Python from its description:

* the file is read as UTF-8 and walked in UTF-16 code units (astral characters count two);
* spaces and tabs are skipped everywhere; CR and CRLF are normalised to LF;
* each line's hash covers the 100 characters that follow the line's first kept character,
  across line ends; after the last character comes the code 65535, then zeros;
* the hash is a rolling polynomial hash, base 37, modulo 2**64, printed as unsigned lowercase
  hex, followed by ``:`` and how many times that value has been produced so far in the file.

The known-answer vectors of the action's own tests are in ``tests/test_sarif_fingerprints.py``.
"""

from __future__ import annotations

from array import array

BLOCK_SIZE = 100
_MOD = 37
_MASK = (1 << 64) - 1
_FIRST_MOD = pow(_MOD, BLOCK_SIZE, 1 << 64)
_EOF = 65535
_TAB, _SPACE, _LF, _CR = 9, 32, 10, 13


def _utf16_units(text: str) -> array[int]:
    units = array("H")
    units.frombytes(text.encode("utf-16-le", errors="surrogatepass"))
    return units


def line_hashes(text: str) -> dict[int, str]:
    """``{line number (1-based): "hexhash:count"}`` for every line of ``text``."""
    window = [0] * BLOCK_SIZE
    line_numbers = [-1] * BLOCK_SIZE
    counts: dict[str, int] = {}
    out: dict[int, str] = {}
    state = {"hash": 0, "index": 0, "line": 0, "line_start": True, "prev_cr": False}

    def output() -> None:
        value = format(state["hash"], "x")
        counts[value] = counts.get(value, 0) + 1
        index = state["index"]
        out[line_numbers[index]] = f"{value}:{counts[value]}"
        line_numbers[index] = -1

    def update(current: int) -> None:
        index = state["index"]
        begin = window[index]
        window[index] = current
        state["hash"] = (_MOD * state["hash"] + current - _FIRST_MOD * begin) & _MASK
        state["index"] = (index + 1) % BLOCK_SIZE

    def process(current: int) -> None:
        if current in (_SPACE, _TAB) or (state["prev_cr"] and current == _LF):
            state["prev_cr"] = False
            return
        if current == _CR:
            current = _LF
            state["prev_cr"] = True
        else:
            state["prev_cr"] = False
        if line_numbers[state["index"]] != -1:
            output()
        if state["line_start"]:
            state["line_start"] = False
            state["line"] += 1
            line_numbers[state["index"]] = state["line"]
        if current == _LF:
            state["line_start"] = True
        update(current)

    for unit in _utf16_units(text):
        process(unit)
    process(_EOF)
    for _ in range(BLOCK_SIZE):
        if line_numbers[state["index"]] != -1:
            output()
        update(0)
    return out


def file_line_hashes(data: bytes) -> dict[int, str]:
    """The hashes of a file's bytes, decoded as the action decodes them (UTF-8, a BOM kept as
    U+FEFF, invalid bytes replaced by U+FFFD)."""
    return line_hashes(data.decode("utf-8", errors="replace"))
