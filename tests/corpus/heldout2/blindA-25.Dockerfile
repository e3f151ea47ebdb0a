# corpus: modelled-on=tonistiigi/xx golang example (xx-apk add gcc musl-dev; CGO_ENABLED=1 xx-go build; xx-verify)
# corpus: expect=
ARG GO_VERSION=1.23
ARG XX_VERSION=1.6.1

FROM --platform=$BUILDPLATFORM tonistiigi/xx:${XX_VERSION} AS xx

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld git
ARG TARGETPLATFORM
# cgo for sqlite: C toolchain and headers for the *target* arch via xx
RUN xx-apk add --no-cache gcc musl-dev sqlite-dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=1
RUN xx-go build -trimpath -ldflags "-s -w" -o /out/feedd ./cmd/feedd \
 && xx-verify /out/feedd

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata sqlite-libs \
 && adduser -D -H -u 10001 feed
COPY --from=build /out/feedd /usr/local/bin/feedd
USER feed
VOLUME /var/lib/feedd
EXPOSE 8080
ENTRYPOINT ["feedd"]
