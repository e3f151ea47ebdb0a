# corpus: modelled-on=Go API built with GOARCH hardcoded for the x86 prod servers (cf. ev-smoke/devops Dockerfile, golang distroless samples)
# corpus: expect=AL204@10
FROM golang:1.23-alpine AS build
RUN apk add --no-cache git ca-certificates
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# prod is EC2 m5 -- build for it even when running `make image` on a Mac
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 \
    go build -trimpath -ldflags="-s -w" -o /out/ledger ./cmd/ledger

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/ledger /ledger
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/ledger"]
