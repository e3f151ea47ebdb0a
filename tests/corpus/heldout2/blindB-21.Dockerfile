# corpus: modelled-on=battand/al2-golang + sudachen/sm-playground Golang.Dockerfile (go tarball on Amazon Linux, cgo build)
# corpus: expect=AL301@9,AL204@14,AL402@16
FROM amazonlinux:2023

ARG GO_VERSION=1.23.4

RUN dnf install -y tar gzip gcc make git && dnf clean all

RUN curl -fsSL "https://go.dev/dl/go${GO_VERSION}.linux-amd64.tar.gz" | tar -xz -C /usr/local

ENV GOPATH=/go \
    PATH=/go/bin:/usr/local/go/bin:$PATH \
    GOOS=linux \
    GOARCH=amd64 \
    CGO_ENABLED=1 \
    CGO_CFLAGS="-O2 -mavx2"

WORKDIR /go/src/ingest
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /usr/local/bin/ingest ./cmd/ingest \
 && go install github.com/go-delve/delve/cmd/dlv@v1.23.1

EXPOSE 9000
CMD ["ingest", "--listen", ":9000"]
