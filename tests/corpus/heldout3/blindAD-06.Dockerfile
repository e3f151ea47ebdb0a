# corpus: modelled-on=dnanexus/dxda builder.Dockerfile (Go tarball linux-amd64 + ENV GOARCH=amd64) with a distroless -amd64 runtime tag
# corpus: expect=AL204@10,AL301@18,AL209@29
FROM debian:bookworm AS build

ARG GO_VERSION=1.22.5
ARG GO_ARCH=amd64
ENV PATH=/usr/local/go/bin:$PATH \
    GOPATH=/go \
    GOOS=linux \
    GOARCH=amd64 \
    CGO_ENABLED=0

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl git make \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL --retry 3 \
        "https://go.dev/dl/go${GO_VERSION}.linux-${GO_ARCH}.tar.gz" -o /tmp/go.tgz \
    && tar -C /usr/local -xzf /tmp/go.tgz \
    && rm /tmp/go.tgz \
    && go version

WORKDIR /go/src/app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN make build OUT=/out/dxfetch

FROM gcr.io/distroless/static-debian12:nonroot-amd64
COPY --from=build /out/dxfetch /usr/bin/dxfetch
USER nonroot
ENTRYPOINT ["/usr/bin/dxfetch"]
