# corpus: modelled-on=home-automation notifier: Go BUILDPLATFORM build with GOARM=${TARGETVARIANT#v} + adnanh/webhook download by apk arch
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/arm/v6,linux/riscv64
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
ARG TARGETOS TARGETARCH TARGETVARIANT
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GOARM=${TARGETVARIANT#v} \
    go build -trimpath -o /out/notifier ./cmd/notifier

FROM alpine:3.20
ARG WEBHOOK_VERSION=2.8.2
RUN apk add --no-cache ca-certificates tzdata
RUN set -eux; \
    case "$(apk --print-arch)" in \
      x86_64)  a=amd64 ;; \
      aarch64) a=arm64 ;; \
      armv7)   a=arm ;; \
      armhf)   a=arm ;; \
      riscv64) a=riscv64 ;; \
      *) echo "unsupported" >&2; exit 1 ;; \
    esac; \
    wget -qO- "https://github.com/adnanh/webhook/releases/download/${WEBHOOK_VERSION}/webhook-linux-${a}.tar.gz" \
      | tar -xz --strip-components=1 -C /usr/local/bin
COPY --from=build /out/notifier /usr/local/bin/notifier
COPY hooks.yaml /etc/webhook/hooks.yaml
EXPOSE 9000
ENTRYPOINT ["webhook", "-hooks", "/etc/webhook/hooks.yaml", "-verbose"]
