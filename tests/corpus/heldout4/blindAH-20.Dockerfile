# corpus: modelled-on=company Go service needing cgo (sqlite + librdkafka) cross-built with tonistiigi/xx
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.22-alpine3.19 AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld git
ARG TARGETPLATFORM
# target-side C libraries (x86_64 or aarch64 musl, picked by xx-apk)
RUN xx-apk add --no-cache gcc musl-dev librdkafka-dev sqlite-dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=1
RUN xx-go build -tags musl,dynamic -ldflags "-s -w" -o /out/events-consumer ./cmd/consumer \
    && xx-verify /out/events-consumer

FROM alpine:3.19
RUN apk add --no-cache ca-certificates tzdata librdkafka sqlite-libs \
    && adduser -D -u 10001 consumer
COPY --from=build /out/events-consumer /usr/local/bin/events-consumer
USER consumer
ENTRYPOINT ["/usr/local/bin/events-consumer"]
