# corpus: modelled-on=Go apps with --platform=${TARGETPLATFORM} on every stage
# corpus: expect=AL202@4,AL202@10
# syntax=docker/dockerfile:1.7
FROM --platform=${TARGETPLATFORM} golang:1.24-alpine AS builder
WORKDIR /app
COPY . .
ARG TARGETOS
ARG TARGETARCH
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o k8s-controller main.go
FROM --platform=$TARGETPLATFORM gcr.io/distroless/static-debian12
COPY --from=builder /app/k8s-controller /
ENTRYPOINT ["/k8s-controller"]
