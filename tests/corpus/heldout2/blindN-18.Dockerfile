# corpus: modelled-on=jeessy2/ddns-go style "go env -w" builder with GOPROXY mirror; final stage with explicit $TARGETPLATFORM
# corpus: expect=AL204@8,AL202@16
# build stage
FROM golang:1.23 AS builder
WORKDIR /app
COPY . .
RUN go env -w GO111MODULE=on \
 && go env -w GOOS=linux GOARCH=amd64 CGO_ENABLED=0 \
 && go env -w GOPROXY=https://goproxy.cn,direct \
 && go env -w GOFLAGS=-buildvcs=false \
 && go mod download \
 && go build -ldflags "-s -w" -o /app/ddnsd ./cmd/ddnsd

# final stage
# NB: $TARGETPLATFORM is the default anyway, kept for readability
FROM --platform=$TARGETPLATFORM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
 && cp /usr/share/zoneinfo/Asia/Shanghai /etc/localtime
WORKDIR /app
COPY --from=builder /app/ddnsd /app/ddnsd
EXPOSE 9876
ENTRYPOINT ["/app/ddnsd"]
CMD ["-l", ":9876", "-f", "300"]
