# corpus: modelled-on=go env GOARCH feeding a download
# corpus: expect=
FROM golang:1.22
RUN GOARCH="$(go env GOARCH)" \
 && curl -fsSL "https://github.com/golangci/golangci-lint/releases/download/v1.59.1/golangci-lint-1.59.1-linux-${GOARCH}.tar.gz" \
    | tar -xz -C /usr/local/bin --strip-components=1
