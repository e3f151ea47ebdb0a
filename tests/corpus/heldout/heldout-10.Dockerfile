# corpus: modelled-on=FrankDeGroot/gowebapp dockerfile + distroless nonroot tags
# corpus: expect=AL204@8,AL209@10
FROM golang:1.22-bookworm AS builder
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN env CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -trimpath -o myapp ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot-amd64
WORKDIR /
COPY --from=builder /app/myapp /myapp
COPY --from=builder /app/templates /templates
USER nonroot:nonroot
EXPOSE 3000
ENTRYPOINT ["/myapp"]
