# corpus: modelled-on=woodpecker-ci agent multiarch Dockerfile (BUILDPLATFORM builder, GOOS/GOARCH from TARGET*)
# corpus: expect=
FROM --platform=$BUILDPLATFORM docker.io/golang:1.22 AS build

WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download
COPY . .

ARG TARGETOS TARGETARCH
# e.g. TARGETARCH=amd64 for the CI hosts, arm64 for the Pi fleet
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/root/go/pkg/mod \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags '-s -w' -o /out/woodpecker-agent ./cmd/agent

FROM docker.io/alpine:3.20
RUN apk add --no-cache ca-certificates git openssh-client \
    && mkdir -p /etc/woodpecker
ENV GODEBUG=netdns=go \
    WOODPECKER_IN_CONTAINER=true
EXPOSE 3000
HEALTHCHECK CMD ["/bin/woodpecker-agent", "ping"]
COPY --from=build /out/woodpecker-agent /bin/woodpecker-agent
ENTRYPOINT ["/bin/woodpecker-agent"]
