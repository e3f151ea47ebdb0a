# corpus: modelled-on=tigrisdata install_go.sh (ARCH=$(dpkg --print-architecture); go.dev/dl/go<ver>.linux-${ARCH}.tar.gz) + dumb-init by uname -m
# corpus: expect=
FROM debian:bookworm AS build

ARG GO_VERSION=1.23.4
ARG DUMB_INIT_VERSION=1.2.5

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git \
 && rm -rf /var/lib/apt/lists/*

# go.dev ships go<ver>.linux-amd64.tar.gz and go<ver>.linux-arm64.tar.gz; dpkg arch names match
RUN arch="$(dpkg --print-architecture)" \
 && curl -fsSL "https://go.dev/dl/go${GO_VERSION}.linux-${arch}.tar.gz" | tar -xz -C /usr/local \
 && /usr/local/go/bin/go version

ENV PATH=/usr/local/go/bin:/root/go/bin:$PATH \
    CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags="-s -w" -o /out/relay ./cmd/relay

# dumb-init assets are dumb-init_<ver>_x86_64 / dumb-init_<ver>_aarch64, i.e. `uname -m`
RUN curl -fsSLo /out/dumb-init "https://github.com/Yelp/dumb-init/releases/download/v${DUMB_INIT_VERSION}/dumb-init_${DUMB_INIT_VERSION}_$(uname -m)" \
 && chmod +x /out/dumb-init

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/relay /out/dumb-init /usr/local/bin/
USER nonroot
ENTRYPOINT ["/usr/local/bin/dumb-init", "--", "/usr/local/bin/relay"]
