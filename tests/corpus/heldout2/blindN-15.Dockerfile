# corpus: modelled-on=tonistiigi/xx Go+cgo example (xx-apk gcc musl-dev, xx-go build, xx-verify --static) with go-sqlite3
# corpus: expect=
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx

FROM --platform=$BUILDPLATFORM golang:1.23-alpine3.20 AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld git
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
ARG TARGETPLATFORM
RUN xx-apk add --no-cache gcc musl-dev sqlite-dev sqlite-static
COPY . .
ENV CGO_ENABLED=1
RUN --mount=type=cache,target=/root/.cache/go-build \
    xx-go build -tags "libsqlite3 sqlite_omit_load_extension" \
      -ldflags "-s -w -linkmode external -extldflags '-static'" \
      -o /out/tally ./cmd/tally \
 && xx-verify --static /out/tally

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/tally /tally
USER 65534
ENTRYPOINT ["/tally"]
