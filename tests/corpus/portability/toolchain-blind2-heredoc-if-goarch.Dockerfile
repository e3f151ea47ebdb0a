# corpus: modelled-on=heredoc RUN choosing GOARCH in an if (blind batch 2: labelled before running archlint)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN <<EOF
set -e
if [ "$TARGETARCH" = "amd64" ]; then
  export GOARCH=amd64 GOAMD64=v1
elif [ "$TARGETARCH" = "arm64" ]; then
  export GOARCH=arm64
fi
go build -o /out/app .
EOF
FROM alpine
COPY --from=build /out/app /app
