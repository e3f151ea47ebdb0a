# corpus: modelled-on=a BUILDPLATFORM stage downloading protoc for code generation
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS gen
RUN curl -fsSLo /tmp/protoc.zip https://github.com/protocolbuffers/protobuf/releases/download/v27.1/protoc-27.1-linux-x86_64.zip \
 && unzip /tmp/protoc.zip -d /usr/local
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN protoc --go_out=. api.proto && GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/svc .
FROM gcr.io/distroless/static-debian12
COPY --from=gen /out/svc /svc
