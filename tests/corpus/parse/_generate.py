"""Generate the parser corpus: realistic Dockerfiles built from constructs real projects use.

Run ``python tests/corpus/parse/_generate.py`` to rewrite the ``gen-*.Dockerfile`` files
(deterministic: seeded). Hand-written files (``hand-*``) live beside them. The snippets are
modelled on public Dockerfiles (official images' arch mappings, Go/Rust cross builds with
``--platform=$BUILDPLATFORM``, multi-stage Node/Java/Python builds, heredoc RUN scripts,
Windows images with ``# escape=```, ONBUILD images, JSON forms), written for this project.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADERS = [
    "",
    "# syntax=docker/dockerfile:1\n",
    "# syntax=docker/dockerfile:1.7\n# check=skip=JSONArgsRecommended\n",
    "#syntax=docker/dockerfile:1-labs\n",
    "# syntax = docker/dockerfile:1.4\n\n# Build file for the service\n",
    "# escape=\\\n",
    "# Maintained by the platform team.\n# See README for build instructions.\n\n",
]

GLOBAL_ARGS = [
    "ARG GO_VERSION=1.22\n",
    "ARG NODE_VERSION=20.11.1\nARG ALPINE_VERSION=3.19\n",
    "ARG BASE_IMAGE=debian:bookworm-slim\n",
    "ARG PYTHON_VERSION=3.12\nARG VARIANT=slim-bookworm\n",
    "ARG RUST_VERSION=1.77\n",
    "ARG JDK=21\nARG DISTRO=jammy\n",
    "ARG  REGISTRY=docker.io\nARG TAG\n",
    "",
]

GO_BUILD = [
    """FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \\
    go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN --mount=type=cache,target=/root/.cache/go-build \\
    --mount=type=cache,target=/go/pkg/mod \\
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \\
    go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app
""",
    """FROM golang:1.21 AS builder
ENV CGO_ENABLED=0 \\
    GOOS=linux \\
    GOARCH=amd64
WORKDIR /go/src/app
COPY . .
RUN go build -o /bin/server .
""",
    """FROM --platform=${BUILDPLATFORM} tonistiigi/xx:1.4.0 AS xx
FROM --platform=${BUILDPLATFORM} golang:1.22-bookworm AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN xx-apt-get install -y gcc libc6-dev
WORKDIR /app
COPY . .
RUN CGO_ENABLED=1 xx-go build -o /app/bin/tool ./... && \\
    xx-verify /app/bin/tool
""",
    """from golang:alpine as build
run apk add --no-cache git make
workdir /build
copy . .
run make  build   BIN=/out/cli
""",
]

RUST_BUILD = [
    """FROM --platform=$BUILDPLATFORM rust:${RUST_VERSION}-slim AS build
ARG TARGETARCH
RUN case "$TARGETARCH" in \\
      amd64) echo x86_64-unknown-linux-musl > /target ;; \\
      arm64) echo aarch64-unknown-linux-musl > /target ;; \\
      *) echo "unsupported $TARGETARCH"; exit 1 ;; \\
    esac && rustup target add "$(cat /target)"
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --target "$(cat /target)" && \\
    cp target/"$(cat /target)"/release/app /app
""",
    """FROM rust:1.76 as planner
WORKDIR /app
RUN cargo install cargo-chef
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM rust:1.76 as cacher
WORKDIR /app
RUN cargo install cargo-chef
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --target x86_64-unknown-linux-gnu --recipe-path recipe.json
""",
]

NODE_BUILD = [
    """FROM node:${NODE_VERSION}-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build
""",
    """FROM node:20-bookworm-slim AS web
ENV NODE_ENV=production \\
    NPM_CONFIG_LOGLEVEL=warn
WORKDIR /usr/src/app
COPY --chown=node:node package*.json ./
RUN npm install --arch=x64 --platform=linux sharp
COPY --chown=node:node . .
USER node
EXPOSE 3000/tcp
CMD ["node", "server.js"]
""",
    """FROM node:18 AS frontend
WORKDIR /ui
COPY ui/ .
RUN yarn install --frozen-lockfile \\
 && yarn build \\
 # the dist folder is copied later
 && rm -rf node_modules
""",
]

JAVA_BUILD = [
    """FROM maven:3.9-eclipse-temurin-${JDK} AS build
WORKDIR /workspace
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline
COPY src src
RUN --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests

FROM eclipse-temurin:${JDK}-jre-${DISTRO}
COPY --from=build /workspace/target/*.jar /app/app.jar
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
""",
    """FROM gradle:8.6-jdk17 AS build
COPY --chown=gradle:gradle . /home/gradle/src
WORKDIR /home/gradle/src
RUN gradle bootJar --no-daemon

FROM openjdk:17-jdk-slim
EXPOSE 8080
RUN mkdir /app
COPY --from=build /home/gradle/src/build/libs/*.jar /app/spring-boot-application.jar
ENV JAVA_OPTS "-XX:+UseG1GC -XX:UseAVX=2"
ENTRYPOINT exec java $JAVA_OPTS -jar /app/spring-boot-application.jar
""",
]

PYTHON_BUILD = [
    """FROM python:${PYTHON_VERSION}-${VARIANT} AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN --mount=type=cache,target=/root/.cache/pip \\
    --mount=type=bind,source=requirements.txt,target=requirements.txt \\
    python -m pip install -r requirements.txt
COPY . .
CMD python -m app
""",
    """FROM python:3.11-slim as builder
RUN apt-get update && apt-get install -y --no-install-recommends \\
        build-essential \\
        libpq-dev \\
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM python:3.11-slim
COPY --from=builder /wheels /wheels
RUN pip install --no-cache /wheels/*
""",
    """FROM continuumio/miniconda3 AS conda
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \\
	&& bash /tmp/mc.sh -b -p /opt/conda \\
	&& rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
""",
]

DEBIAN_ARCH = [
    """FROM debian:bookworm-slim
ENV GOSU_VERSION 1.17
RUN set -eux; \\
	savedAptMark="$(apt-mark showmanual)"; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends ca-certificates wget; \\
	rm -rf /var/lib/apt/lists/*; \\
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \\
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \\
	chmod +x /usr/local/bin/gosu; \\
	gosu --version; \\
	gosu nobody true
""",
    """FROM ubuntu:22.04
ARG TARGETARCH
RUN set -eux; \\
    arch="$(uname -m)"; \\
    case "$arch" in \\
        x86_64) url='https://example.org/tool-linux-x86_64.tar.gz' ;; \\
        aarch64) url='https://example.org/tool-linux-aarch64.tar.gz' ;; \\
        *) echo >&2 "error: unsupported architecture '$arch'"; exit 1 ;; \\
    esac; \\
    curl -fsSL "$url" | tar -xz -C /usr/local/bin
""",
    """FROM alpine:${ALPINE_VERSION}
RUN apk add --no-cache ca-certificates tzdata \\
    && apkArch="$(apk --print-arch)" \\
    && case "$apkArch" in \\
        armhf) arch='armv6' ;; \\
        aarch64) arch='arm64' ;; \\
        x86_64) arch='amd64' ;; \\
        *) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \\
    esac \\
    && wget -qO /usr/local/bin/tini "https://github.com/krallin/tini/releases/download/v0.19.0/tini-static-$arch" \\
    && chmod +x /usr/local/bin/tini
ENTRYPOINT ["/usr/local/bin/tini", "--"]
""",
    """FROM ${BASE_IMAGE}
RUN curl -LO "https://dl.k8s.io/release/v1.29.2/bin/linux/amd64/kubectl" \\
 && install -o root -g root -m 0755 kubectl /usr/local/bin/kubectl
""",
]

HEREDOCS = [
    """FROM ubuntu:24.04
RUN <<EOF
set -e
apt-get update
apt-get install -y curl jq
rm -rf /var/lib/apt/lists/*
EOF
""",
    """FROM alpine:3.20
RUN <<-'SCRIPT'
	#!/bin/sh
	echo "literal $HOME"
	SCRIPT
COPY <<EOF /etc/app/config.ini
[server]
port = 8080
EOF
""",
    """FROM python:3.12-alpine
RUN <<EOT bash
  set -ex
  pip install --no-cache-dir poetry
  poetry config virtualenvs.create false
EOT
RUN python3 <<"PY"
import platform
print(platform.machine())
PY
""",
    """FROM nginx:1.25-alpine
COPY <<conf <<index /usr/share/nginx/html/
server { listen 80; }
conf
<html><body>hello</body></html>
index
RUN cat <<EOF > /docker-entrypoint.d/99-hello.sh && chmod +x /docker-entrypoint.d/99-hello.sh
#!/bin/sh
echo hello from $(hostname)
EOF
""",
    """FROM debian:12
RUN --mount=type=cache,target=/var/cache/apt <<EOF
  set -eu
  # comments inside heredocs stay in the body
  dpkgArch="$(dpkg --print-architecture)"
  echo "$dpkgArch"

EOF
ADD --chmod=755 <<-"EOF" /usr/local/bin/healthcheck
	#!/bin/sh
	wget -qO- http://localhost:8080/health || exit 1
	EOF
""",
]

ONBUILD = [
    """FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build
""",
    """FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0
""",
]

JSON_FORMS = [
    """FROM busybox:1.36
SHELL ["/bin/sh", "-ec"]
RUN ["echo", "exec form"]
VOLUME ["/data", "/logs"]
VOLUME /cache /tmp/x
CMD [ "sh" , "-c" , "echo $HOME" ]
ENTRYPOINT ["tini", "--", "docker-entrypoint.sh"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-qO-", "http://localhost/"]
""",
    """FROM alpine
CMD ["broken json", ]
ENTRYPOINT [not json]
RUN [ "a" ]
ADD ["https://example.org/file.tar.gz", "/tmp/"]
COPY ["a b.txt", "/dst/"]
HEALTHCHECK NONE
""",
    """FROM scratch
COPY --from=build /out/app /app
USER 65532:65532
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app"]
""",
]

WEIRD = [
    """  FROM   alpine:3.19   AS   Final
	RUN	echo tabs
Run echo mixed case
maintainer someone@example.com
LABEL org.opencontainers.image.title="demo app" \\
      org.opencontainers.image.version=1.0 \\
      description='single quoted'
ENV PATH /usr/local/bin:$PATH
ENV A=1 B="two words" C='three' D=a\\ b
EXPOSE 80 443/tcp
WORKDIR /srv/my app
""",
    """FROM alpine
RUN echo one \\
\\
    two
RUN echo a \\

  b
RUN echo trailing \\   
  spaces
RUN echo escaped \\\\
RUN echo "hash # not a comment" # still not a comment
    # indented comment
RUN echo done
""",
    """FROM alpine AS a
FROM a AS b
FROM b
COPY --from=0 /etc/os-release /a
COPY --from=a /etc/os-release /b
RUN --mount=from=b,source=/etc,target=/mnt ls /mnt
ARG CACHEBUST=1
ARG EMPTY=
ARG QUOTED="a b"
""",
]

WINDOWS = [
    """# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Invoke-WebRequest -Uri https://example.org/setup.exe -OutFile C:\\setup.exe ; `
    Start-Process C:\\setup.exe -Wait ; `
    Remove-Item C:\\setup.exe
WORKDIR C:\\app
COPY . C:\\app\\
CMD ["C:\\\\app\\\\run.exe"]
""",
    """# escape=`

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /source
COPY *.csproj .
RUN dotnet restore -r linux-x64
COPY . .
RUN dotnet publish -c Release -o /app `
    -r linux-x64 --self-contained false `
    /p:PublishSingleFile=true
""",
]

FINALS = [
    """
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
""",
    """
FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
""",
    """
FROM scratch
COPY --link --from=build /out/app /
""",
    """
FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
""",
    "",
]

FAMILIES = [GO_BUILD, RUST_BUILD, NODE_BUILD, JAVA_BUILD, PYTHON_BUILD, DEBIAN_ARCH, HEREDOCS,
            ONBUILD, JSON_FORMS, WEIRD]


def make(rng: random.Random, index: int) -> tuple[str, bytes]:
    windows = index % 17 == 0
    if windows:
        text = rng.choice(WINDOWS)
    else:
        parts = [rng.choice(HEADERS).replace("# escape=\\\n", ""), rng.choice(GLOBAL_ARGS)]
        for family in rng.sample(FAMILIES, rng.randint(1, 3)):
            parts.append(rng.choice(family))
            if rng.random() < 0.3:
                parts.append("\n")
        parts.append(rng.choice(FINALS))
        text = "".join(parts)
    data = text
    if index % 11 == 0:
        data = data.replace("\n", "\r\n")
    raw = data.encode("utf-8")
    if index % 23 == 0:
        raw = b"\xef\xbb\xbf" + raw
    name = f"gen-{index:03d}.Dockerfile"
    return name, raw


def main() -> None:
    rng = random.Random(20261128)
    for old in HERE.glob("gen-*.Dockerfile"):
        old.unlink()
    for i in range(220):
        name, raw = make(rng, i)
        (HERE / name).write_bytes(raw)


if __name__ == "__main__":
    main()
