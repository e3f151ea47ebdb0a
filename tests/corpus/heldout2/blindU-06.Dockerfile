# corpus: modelled-on=Go REST API tutorial Dockerfile (golang builder -> distroless) with GOOS=linux GOARCH=amd64 copied from a cross-compile blog
# corpus: expect=AL204@12
# Build stage
FROM golang:1.23-bookworm AS builder

WORKDIR /go/src/app
COPY go.mod go.sum ./
RUN go mod download

COPY . .
# static binary for the container
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 \
    go build -trimpath -ldflags="-s -w" -o /out/api ./cmd/api

# Run stage
FROM gcr.io/distroless/static-debian12:nonroot

COPY --from=builder /out/api /api
COPY --from=builder /go/src/app/migrations /migrations

EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/api"]
