# corpus: modelled-on=release stages cross-compiling Windows and macOS artifacts next to the Linux image
# corpus: expect=
FROM golang:1.22 AS release
WORKDIR /src
COPY . .
RUN GOOS=windows GOARCH=amd64 go build -o /dist/tool.exe ./cmd/tool && \
    GOOS=darwin GOARCH=arm64 go build -o /dist/tool-darwin-arm64 ./cmd/tool
FROM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/tool ./cmd/tool
FROM alpine:3.20
COPY --from=build /out/tool /usr/local/bin/tool
