# corpus: modelled-on=gitea/act_runner Dockerfile (Go runner compiled on the build platform) with the GOARCH step lost
# corpus: expect=AL206@14
FROM --platform=$BUILDPLATFORM golang:1.22-alpine3.20 AS builder

RUN apk add --no-cache make git

WORKDIR /opt/src/act_runner
COPY go.mod go.sum ./
RUN go mod download
COPY . .

# static binary, no cgo needed for the runner
ENV CGO_ENABLED=0
RUN go build -trimpath -ldflags "-s -w -X gitea.com/gitea/act_runner/internal/pkg/ver.version=${VERSION:-dev}" -o /out/act_runner .

FROM alpine:3.20
RUN apk add --no-cache tini bash git docker-cli

COPY --from=builder /out/act_runner /usr/local/bin/act_runner
COPY scripts/run.sh /opt/act/run.sh

VOLUME /data
ENTRYPOINT ["/sbin/tini", "--", "/opt/act/run.sh"]
