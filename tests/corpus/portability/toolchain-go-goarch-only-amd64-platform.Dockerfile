# corpus: modelled-on=same build as go-kubebuilder-v2-goarch-amd64 with only linux/amd64 requested
# corpus: expect=
# corpus: platforms=linux/amd64
FROM golang:1.13 as builder
WORKDIR /workspace
COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -a -o manager main.go
FROM gcr.io/distroless/static:nonroot
COPY --from=builder /workspace/manager /manager
