"""No exception escapes the engine, whatever the Dockerfile (hypothesis, bounded)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archlint.engine import lint_text

KEYWORDS = ["FROM", "RUN", "COPY", "ADD", "ARG", "ENV", "CMD", "ENTRYPOINT", "WORKDIR",
            "SHELL", "ONBUILD", "LABEL", "USER", "EXPOSE", "HEALTHCHECK", "from", "Run"]
PIECES = [
    "--platform=$BUILDPLATFORM", "--platform=linux/amd64", "--from=build", "golang:1.22",
    "alpine", "AS build", "${TARGETARCH}", "$TARGETOS", "GOARCH=amd64", "go build .",
    "curl -fsSL https://x.io/tool-linux-amd64.tar.gz", "<<EOF", "<<-'EOF'", "EOF", "\\",
    '["sh", "-c", "echo"]', "case $(uname -m) in x86_64) a=1;; esac", "-XX:UseAVX=2",
    "dpkg -i x_amd64.deb", "/usr/lib/x86_64-linux-gnu", "${A:-b}", "'", '"', "`", "$(",
    "&&", "|", ";", "ARCH=amd64", "-march=native", "cargo build --target x86_64-unknown-linux-gnu",
]
line = st.one_of(
    st.builds(lambda k, ps: " ".join([k, *ps]), st.sampled_from(KEYWORDS),
              st.lists(st.sampled_from(PIECES), max_size=6)),
    st.sampled_from(["", "# archlint: ignore=AL301", "# syntax=docker/dockerfile:1",
                     "# escape=`", "  \\", "EOF", "# archlint: platforms=linux/arm64"]),
    st.text(max_size=40),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(line, max_size=25), st.sampled_from([None, ["linux/amd64"],
                                                      ["linux/arm64", "linux/arm/v7"]]))
def test_engine_never_raises(lines: list[str], platforms: list[str] | None) -> None:
    findings = lint_text("\n".join(lines) + "\n", platforms=platforms)
    for f in findings:
        assert f.line >= 1 and f.column >= 1
        assert (f.end_line, f.end_column) >= (f.line, f.column)
        assert "\n" not in f.message


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_engine_never_raises_on_bytes(data: bytes) -> None:
    lint_text(data)
