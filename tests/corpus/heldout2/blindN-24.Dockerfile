# corpus: modelled-on=TinyGo proxy-wasm filter images (tinygo build -target=wasi on the build host, copied into envoy)
# corpus: expect=
# syntax=docker/dockerfile:1
# The filter is WebAssembly, so it is compiled once on the build host and the
# same .wasm is used for both the amd64 and arm64 envoy images.
FROM --platform=$BUILDPLATFORM tinygo/tinygo:0.34.0 AS wasm
WORKDIR /home/tinygo/filter
COPY --chown=tinygo:tinygo go.mod go.sum ./
RUN go mod download
COPY --chown=tinygo:tinygo . .
RUN tinygo build -o /tmp/authz-filter.wasm \
      -scheduler=none -target=wasi -no-debug \
      ./cmd/authz-filter

FROM envoyproxy/envoy:v1.32-latest
COPY --from=wasm /tmp/authz-filter.wasm /etc/envoy/filters/authz-filter.wasm
COPY envoy.yaml /etc/envoy/envoy.yaml
EXPOSE 10000 9901
CMD ["envoy", "-c", "/etc/envoy/envoy.yaml", "--log-level", "info"]
