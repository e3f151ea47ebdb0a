# corpus: modelled-on=mbrostami/utlster Dockerfile (tonistiigi/xx with xx-go and xx-apk)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS builder
COPY --from=xx / /
RUN apk add --no-cache clang lld git
ARG TARGETPLATFORM
RUN xx-apk add --no-cache gcc musl-dev sqlite-dev
ENV CGO_ENABLED=1
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/go/pkg/mod \
    xx-go build -trimpath -ldflags "-s -w -linkmode external -extldflags -static" -o /out/notesd ./cmd/notesd && \
    xx-verify --static /out/notesd

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata
COPY --from=builder /out/notesd /usr/local/bin/notesd
USER 65534:65534
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/notesd"]
