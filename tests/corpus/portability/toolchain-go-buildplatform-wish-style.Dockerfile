# corpus: modelled-on=wish/kubelet-proxy style BUILDPLATFORM Go build with GOARCH/GOOS from TARGET args
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.15 AS builder
ARG BUILDPLATFORM
ARG TARGETARCH
ARG TARGETOS
WORKDIR /go/src/github.com/example/proxy
COPY go.mod .
COPY go.sum .
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build -o ./proxy -a -installsuffix cgo ./cmd/proxy
FROM alpine:3.11
RUN apk --no-cache add ca-certificates
COPY --from=builder /go/src/github.com/example/proxy/proxy /bin/proxy
ENTRYPOINT ["/bin/proxy"]
