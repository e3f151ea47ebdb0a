# corpus: modelled-on=quoted heredoc RUN using TARGETARCH without ARG (blind batch 4: labelled before running archlint)
# corpus: expect=AL203@7
# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN <<'EOF'
set -e
echo "arch is $TARGETARCH" > /arch
EOF
