# corpus: modelled-on=cgo+SQLite Go service cross-compiled with tonistiigi/xx (xx-apk, xx-go, xx-verify)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld
ARG TARGETPLATFORM
RUN xx-apk add --no-cache gcc musl-dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=1
RUN xx-go build -ldflags "-s -w -linkmode external -extldflags -static" -o /out/litestore ./cmd/litestore \
 && xx-verify --static /out/litestore

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
 && adduser -D -H -u 1000 litestore
COPY --from=build /out/litestore /usr/local/bin/litestore
USER litestore
VOLUME /data
EXPOSE 7070
HEALTHCHECK --interval=20s --timeout=2s CMD wget -qO- http://127.0.0.1:7070/ping || exit 1
ENTRYPOINT ["litestore"]
CMD ["serve", "--data-dir", "/data"]
