# corpus: modelled-on=controller images using --platform=${BUILDPLATFORM:-linux/amd64} on both stages
# corpus: expect=AL208@14
FROM --platform=${BUILDPLATFORM:-linux/amd64} golang:1.13 as builder
ARG TARGETPLATFORM
ARG BUILDPLATFORM
ARG TARGETOS
ARG TARGETARCH
WORKDIR /workspace
COPY go.mod go.mod
COPY go.sum go.sum
RUN go mod download
COPY main.go main.go
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} GO111MODULE=on go build -ldflags="-w -s" -a -o /usr/bin/controller
FROM --platform=${BUILDPLATFORM:-linux/amd64} gcr.io/distroless/static:nonroot
WORKDIR /
COPY --from=builder /usr/bin/controller .
USER nonroot:nonroot
ENTRYPOINT ["/controller"]
