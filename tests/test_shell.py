"""The shell layer: scripts of instructions, commands, words, assignments, guards, cases."""

from __future__ import annotations

import time

import pytest

from archlint.dockerfile import parse
from archlint.dockerfile.model import SourceText
from archlint.shell import (
    exec_words,
    instruction_commands,
    parse_script,
    shell_scripts,
)


def script(text: str, line: int = 1, col: int = 1):  # type: ignore[no-untyped-def]
    """Parse ``text`` as if it started at ``line``/``col`` of a file, one segment per line."""
    segs = []
    off = 0
    for i, chunk in enumerate(text.split("\n")):
        segs.append((off, line + i, col if i == 0 else 1))
        off += len(chunk) + 1
    return parse_script(SourceText(text, segs))


def names(s) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.name.text for c in s.commands() if c.name is not None]


def test_commands_in_every_construct() -> None:
    s = script(
        "set -eux; a=$(uname -m) && (cd /x || exit 1) | tee f; "
        "f() { local y=1; curl -fsSL url; }; for i in 1 2; do wget $i; done; "
        "while read l; do echo `id -u`; done < /etc/passwd; { make; } >/dev/null"
    )
    assert names(s) == ["set", "uname", "cd", "exit", "tee", "curl", "wget", "read", "echo",
                        "id", "make"]
    subs = {c.name.text for c in s.commands() if c.in_substitution}
    assert subs == {"uname", "id"}


def test_words_value_parts_variables() -> None:
    s = script(
        'curl -o "/tmp/$name" "https://e.com/${VER:-1.0}/x-$(uname -m).tgz" \'lit $x\' a\\ b'
    )
    curl = s.commands()[0]
    out, url, lit, esc = curl.args[1:]
    assert out.value is None and out.variables == ["name"]
    assert [p.kind for p in url.parts] == ["lit", "var", "lit", "cmd", "lit"]
    var = url.parts[1]
    assert (var.name, var.op, var.default) == ("VER", ":-", "1.0")
    assert url.parts[3].commands[0].name.text == "uname"
    assert lit.value == "lit $x" and lit.variables == []
    assert esc.value == "a b"


def test_a_word_tree_sitter_splits_is_one_word() -> None:
    """tree-sitter-bash 0.25 ends an unquoted word at a second unbraced ``$NAME`` that text
    follows (``v$V/node-$V.tar.gz`` becomes ``v$V/node-$`` and ``V.tar.gz``); the walker
    joins them again, with ``$V`` a variable part."""
    s = script("curl -fsSLO https://e.com/v$V/node-v$V-linux-$ARCH.tar.xz next")
    curl = s.commands()[0]
    assert [a.text for a in curl.args] == [
        "-fsSLO", "https://e.com/v$V/node-v$V-linux-$ARCH.tar.xz", "next"]
    url = curl.args[1]
    assert url.value is None and url.variables == ["V", "ARCH"]
    assert "".join(p.text for p in url.parts) == url.text
    assert [(p.start, p.end) for p in url.parts if p.kind == "var"] == [
        (27, 29), (36, 38), (45, 50)]


def test_env_prefix_and_unwrapped() -> None:
    s = script("GOOS=linux GOARCH=amd64 go build -o /app . && sudo -E env CC=clang make all")
    go, make = s.commands()
    assert [(e.name, e.value.value) for e in go.env] == [("GOOS", "linux"), ("GOARCH", "amd64")]
    assert go.name_value == "go" and [a.value for a in go.args] == ["build", "-o", "/app", "."]
    name, args, env = make.unwrapped()
    assert name == "make" and [a.value for a in args] == ["all"]
    assert [(e.name, e.value.value) for e in env] == [("CC", "clang")]


def test_assignments_kinds_in_order() -> None:
    s = script(
        "a=1; export B=2 C; local d=3; declare -x E=$a; readonly F=4; read -r G H; "
        "for I in x y; do :; done; X=1 cmd"
    )
    got = [(a.name, a.kind, a.value.value if a.value else None) for a in s.assignments()]
    assert got == [
        ("a", "plain", "1"), ("B", "export", "2"), ("C", "export", None), ("d", "local", "3"),
        ("E", "declare", None), ("F", "readonly", "4"), ("G", "read", None),
        ("H", "read", None), ("I", "for", None), ("X", "prefix", "1"),
    ]
    assert [w.value for w in s.assignments()[8].values] == ["x", "y"]


def test_case_guards_and_exits() -> None:
    s = script(
        'arch="$(dpkg --print-architecture)"; case "${arch##*-}" in\n'
        "  amd64|x86_64) url=a ;;\n  arm64) url=b ;;\n"
        '  *) echo "unsupported: $arch" >&2; exit 1 ;;\nesac'
    )
    (case,) = s.cases()
    assert [i.pattern_values for i in case.items] == [("amd64", "x86_64"), ("arm64",), ("*",)]
    assert [i.exits for i in case.items] == [False, False, True]
    a_url = [a for a in s.assignments() if a.name == "url"]
    assert a_url[0].guards[0].patterns == ("amd64", "x86_64")
    assert a_url[0].span.line == 2
    exit_cmd = next(c for c in s.commands() if c.name_value == "exit")
    g = exit_cmd.guards[0]
    assert g.excluded == ("amd64", "x86_64", "arm64")
    assert g.admits({"ppc64le"}) and not g.admits({"arm64", "aarch64"})
    assert not g.admits({"amd64", "x86_64", "x64"})


def test_if_elif_else_and_list_guards() -> None:
    s = script(
        'if [ "$TARGETARCH" = "amd64" ] || [ "$TARGETARCH" == x86_64 ]; then a; '
        'elif test "$TARGETARCH" = arm64; then b; else c; fi; '
        '[ "$A" != arm64 ] && d; [[ $A == arm* ]] || e'
    )
    cmds = {c.name_value: c for c in s.commands()}
    (ga,) = cmds["a"].guards
    assert ga.patterns == ("amd64", "x86_64") and not ga.negated
    assert [g.negated for g in cmds["b"].guards] == [True, False]
    assert cmds["b"].guards[1].patterns == ("arm64",)
    assert cmds["c"].guards[-1].negated
    assert not cmds["c"].guards[-1].admits({"arm64"}) and cmds["c"].guards[-1].admits({"s390x"})
    (gd,) = cmds["d"].guards
    assert gd.negated and not gd.admits({"arm64"}) and gd.admits({"amd64"})
    (ge,) = cmds["e"].guards
    assert ge.negated and not ge.admits({"armhf"}) and ge.admits({"amd64"})


def test_spans_follow_the_position_map() -> None:
    # two source lines joined by the parser: "RUN a \\\n    && curl x"
    src = SourceText("a && curl x", [(0, 5, 5), (2, 6, 5)])
    s = parse_script(src)
    curl = s.commands()[1]
    assert (curl.span.line, curl.span.column) == (6, 8)
    assert (curl.args[0].span.line, curl.args[0].span.column) == (6, 13)


def test_non_ascii_offsets() -> None:
    s = script("echo 'héllo wörld' && curl https://x/amd64")
    curl = s.commands()[1]
    assert curl.args[0].text == "https://x/amd64"
    assert curl.args[0].span.column == 1 + "echo 'héllo wörld' && curl ".__len__()


@pytest.mark.parametrize(
    "text",
    ["", "(((", "case x in", "if then fi", "echo $(", "`", "cat <<EOF", "a=(1 2", "\x00\x01",
     "${", "f() {", "'" * 3, "for in do", "esac ;; ;; }", "echo \"$(( 1 + ))\""],
)
def test_broken_scripts_never_raise(text: str) -> None:
    s = script(text)
    assert isinstance(s.commands(), list)
    assert isinstance(s.cases(), list)


def test_deep_nesting_degrades() -> None:
    s = script("$(" * 300 + "echo" + ")" * 300)
    assert isinstance(s.commands(), list)


def test_cache_by_text_and_positions() -> None:
    a = script("echo hi", 3)
    assert script("echo hi", 3) is a
    b = script("echo hi", 9)
    assert b is not a and b.commands()[0].span.line == 9


DOCKERFILE = """\
FROM alpine
RUN set -eux; \\
    apk add --no-cache curl; \\
    curl -fsSL https://x/y-amd64 -o /y
RUN <<EOF
set -e
wget https://x/z
EOF
RUN cat > /etc/conf <<'EOF'
not $a command
EOF
RUN python3 <<EOF
import os
EOF
CMD ["sh", "-c", "exec app --arch=$ARCH"]
ENTRYPOINT ["/bin/app", "--flag"]
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
"""


def test_shell_scripts_of_instructions() -> None:
    df = parse(DOCKERFILE, "Dockerfile")
    by = {i.line: i for i in df.instructions}
    (run1,) = shell_scripts(by[2])
    curl = next(c for c in parse_script(run1).commands() if c.name_value == "curl")
    assert curl.span.line == 4 and curl.args[1].span.column == 16
    (body,) = shell_scripts(by[5])
    cmds = parse_script(body).commands()
    assert [c.name_value for c in cmds] == ["set", "wget"] and cmds[1].span.line == 7
    (withdoc,) = shell_scripts(by[9])
    cmds = parse_script(withdoc).commands()
    assert [c.name_value for c in cmds] == ["cat"] and "not $a command" in (cmds[0].heredoc or "")
    (py,) = shell_scripts(by[12])  # the heredoc is python3's stdin, not shell commands
    assert [c.name_value for c in parse_script(py).commands()] == ["python3"]
    (sh_c,) = shell_scripts(by[15])
    cmds = parse_script(sh_c).commands()
    assert cmds[0].name_value == "exec" and cmds[0].span.line == 15
    assert shell_scripts(by[16]) == []
    words = exec_words(by[16])
    assert [w.value for w in words] == ["/bin/app", "--flag"]
    assert words[1].span.line == 16 and words[1].span.column == 26
    (hc,) = shell_scripts(by[17])
    assert [c.name_value for c in parse_script(hc).commands()] == ["curl", "exit"]
    assert [c.name_value for c in instruction_commands(by[16])] == ["app"]


def test_parse_speed() -> None:
    body = "set -eux; " + "; ".join(
        f'case "$a" in amd64) x{i}=$(uname -m);; *) exit 1;; esac; '
        f'curl -fsSL "https://e/{i}" | tar xz'
        for i in range(10)
    )
    start = time.perf_counter()
    for i in range(300):
        script(body + f" #{i}")
    per_parse = (time.perf_counter() - start) / 300
    assert per_parse < 0.02, per_parse


def test_more_constructs() -> None:
    s = script(
        "! grep -q x f; until false; do break; done; declare -a arr=(a b); "
        "echo $((1 + 2)) <(ls) $( echo $(uname -m) ); time make -j2; "
        "case $x in a) echo a ;& b) echo b ;; esac; [[ -n $y ]] && z=1"
    )
    assert names(s)[:5] == ["grep", "false", "break", "echo", "ls"]
    assert {"uname", "time"} <= set(names(s))
    assert [a.name for a in s.assignments()] == ["arr", "z"]
    (case,) = s.cases()
    assert [i.pattern_values for i in case.items] == [("a",), ("b",)]
    time_cmd = next(c for c in s.commands() if c.name_value == "time")
    assert time_cmd.unwrapped()[0] == "make"


def test_pipeline_links() -> None:
    s = script("uname -m | tr -d '\\n' | read arch; curl x")
    uname, tr, read, curl = s.commands()
    assert uname.pipeline_next is tr and tr.pipeline_next is read and read.pipeline_prev is tr
    assert curl.pipeline_prev is None


def test_substitutions_in_conditions_are_listed_once() -> None:
    s = script(
        'if [ "$(uname -m)" = x86_64 ]; then a; fi; '
        'case "$(dpkg --print-architecture)" in amd64) b ;; esac; [ "$(arch)" = x ] && c'
    )
    assert names(s) == ["uname", "a", "dpkg", "b", "arch", "c"]


@pytest.mark.parametrize("text, name, first", [
    ("sudo -u app java -XX:UseAVX=2 -jar a.jar", "java", "-XX:UseAVX=2"),
    ("sudo -E curl https://x/y", "curl", "https://x/y"),
    ("nice -n 10 curl https://x/y", "curl", "https://x/y"),
    ("exec -a svc java -jar a.jar", "java", "-jar"),
    ("/usr/bin/tini -- java -jar a.jar", "java", "-jar"),
    ("gosu app java -jar a.jar", "java", "-jar"),
    ("/usr/bin/env LANG=C curl https://x/y", "curl", "https://x/y"),
])
def test_wrappers_and_their_option_values_are_seen_through(text: str, name: str,
                                                           first: str) -> None:
    [cmd] = parse_script(SourceText(text, [])).commands()
    got, args, _ = cmd.unwrapped()
    assert (got, args[0].value) == (name, first)


@pytest.mark.parametrize(
    ("text", "dynamic"),
    [
        ('. ./env.sh && curl "$URL"', True),
        ("set -a; . /opt/app/defaults; set +a", True),
        ('eval "$(ssh-agent -s)"', True),
        # a subshell's variables stay there, and os-release sets only its own keys
        ('codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"; curl "$URL"', False),
        ('. /etc/os-release && echo "deb http://deb.example.com $VERSION_CODENAME main"', False),
    ],
)
def test_dynamic_env(text: str, dynamic: bool) -> None:
    assert bool(script(text).dynamic_env()) is dynamic


def test_a_value_read_after_os_release_is_still_followed() -> None:
    from archlint.engine import lint_text

    text = (
        "FROM debian:bookworm-slim\n"
        "ARG BENTO4_URL=https://www.bok.net/Bento4/binaries/Bento4-SDK-1-6-0-641.x86_64-unknown"
        "-linux.zip\n"
        'RUN codename="$(. /etc/os-release && echo "${VERSION_CODENAME}")"; \\\n'
        '    curl -fsSL -o bento4.zip "$BENTO4_URL"\n'
    )
    assert [(f.rule, f.line) for f in lint_text(text, select=["AL301"])] == [("AL301", 2)]


def test_a_pipeline_inside_a_substitution_is_linked() -> None:
    s = script('V=$(wget -qO- "https://e/$(echo x)/r.yaml" | awk \'{print $2}\'); '
               "curl -fsSL https://e/a.tgz | tar -xz")
    links = {c.name_value: (c.pipeline_next.name_value if c.pipeline_next else None)
             for c in s.commands()}
    assert links == {"wget": "awk", "echo": None, "awk": None, "curl": "tar", "tar": None}
