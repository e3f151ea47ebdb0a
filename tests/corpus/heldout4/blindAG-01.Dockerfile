# corpus: modelled-on=Go registry proxy using tonistiigi/xx for CGO cross builds (docker/distribution-style)
# corpus: expect=
# syntax=docker/dockerfile:1.6
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.22-alpine3.19 AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld git file
ARG TARGETPLATFORM
# target-side C libs go through xx-apk so they land in the target sysroot
RUN xx-apk add --no-cache musl-dev gcc sqlite-dev
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ENV CGO_ENABLED=1
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/go/pkg/mod \
    xx-go build -trimpath -ldflags "-s -w -extldflags -static" \
      -o /out/registry-proxy ./cmd/proxy && \
    xx-verify --static /out/registry-proxy

FROM alpine:3.19
RUN apk add --no-cache ca-certificates tzdata \
 && addgroup -S proxy && adduser -S -G proxy proxy
COPY --from=build /out/registry-proxy /usr/local/bin/registry-proxy
COPY config.yml /etc/registry-proxy/config.yml
USER proxy
EXPOSE 5000
HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:5000/healthz || exit 1
ENTRYPOINT ["/usr/local/bin/registry-proxy"]
CMD ["serve", "/etc/registry-proxy/config.yml"]
