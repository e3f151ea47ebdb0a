# corpus: modelled-on=company Go webhook service whose build stage was pinned to amd64 "because the arm64 build was slow"
# corpus: expect=AL201@4,AL204@9
# NOTE: pinned to amd64, QEMU was too slow for the arm64 build
FROM --platform=linux/amd64 golang:1.22-bookworm AS build
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -ldflags="-s -w" -o /bin/hooksrv ./cmd/hooksrv

FROM alpine:3.19
ARG TARGETARCH
ARG GRPC_HEALTH_PROBE_VERSION=v0.4.25
RUN apk add --no-cache ca-certificates \
 && wget -qO /bin/grpc_health_probe \
      "https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${GRPC_HEALTH_PROBE_VERSION}/grpc_health_probe-linux-${TARGETARCH}" \
 && chmod +x /bin/grpc_health_probe
COPY --from=build /bin/hooksrv /bin/hooksrv
USER 65534
EXPOSE 8443
HEALTHCHECK CMD ["/bin/grpc_health_probe", "-addr=:8443"]
ENTRYPOINT ["/bin/hooksrv"]
