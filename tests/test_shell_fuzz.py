"""Property tests: the shell layer and the portability checks never raise on odd input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archlint.dockerfile.model import SourceText
from archlint.engine import lint_text
from archlint.shell import parse_script

PIECES = [
    "case ", " in ", ") ", ";; ", "esac", "if [ ", " ]; then ", "fi", "else ", "$(", ")", "`",
    '"', "'", "${", "}", "$TARGETARCH", "$arch", "amd64", "x86_64", "GOARCH=", "go build ",
    "cargo build --target ", "&& ", "|| ", "| ", "\\\n", "\n", "<<EOF\n", "EOF\n", "export ",
    "read ", "for a in ", "; do ", "done", "f() { ", " }", "*", "é", "\t", " ",
]
SCRIPT = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=40).map("".join)
LINES = [
    "FROM --platform=$BUILDPLATFORM golang AS b", "FROM alpine", "FROM b", "ARG TARGETARCH",
    "ARG TARGETARCH=amd64", "ARG GOARCH=amd64", "ENV GOARCH=$TARGETARCH", "COPY --from=b /o /o",
    "RUN GOARCH=amd64 go build -o /o .", "RUN cargo build --target x86_64-unknown-linux-gnu",
    "RUN case $TARGETARCH in amd64) x=1;; esac", "FROM --platform=linux/amd64 x",
    "RUN <<EOF", "EOF", "CMD echo $TARGETOS", "RUN go build -o /o .", "ONBUILD RUN x",
]
DOCKERFILE = st.lists(st.sampled_from(LINES) | SCRIPT.map(lambda s: "RUN " + s), max_size=12)
RULES = ["AL201", "AL202", "AL203", "AL204", "AL205", "AL206", "AL207", "AL208"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SCRIPT)
def test_parse_script_never_raises(text: str) -> None:
    s = parse_script(SourceText(text, [(0, 1, 1)]))
    for c in s.commands():
        assert c.span.line >= 1
        for w in c.words():
            assert isinstance(w.variables, list)
    assert isinstance(s.assignments(), list) and isinstance(s.cases(), list)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCKERFILE)
def test_portability_checks_never_raise(lines: list[str]) -> None:
    findings = lint_text("\n".join(lines) + "\n", select=RULES)
    for f in findings:
        assert f.line >= 1 and f.column >= 1
