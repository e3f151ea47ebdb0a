# corpus: modelled-on=CosmWasm/wasmd Dockerfile (old variant that copied the vendored static lib from the repo)
# corpus: expect=AL303@14
# docker build . -t example/wasmchaind:latest
FROM golang:1.21-alpine3.18 AS go-builder

RUN set -eux; apk add --no-cache ca-certificates build-base git
# NOTE: add these to run with LEDGER_ENABLED=true
# RUN apk add libusb-dev linux-headers

WORKDIR /code
COPY . /code/

# static wasmvm library is vendored by scripts/fetch-wasmvm.sh before `docker build`
COPY ./third_party/wasmvm/libwasmvm_muslc.x86_64.a /lib/libwasmvm_muslc.a

# force the linker to use the static lib (from above) instead of libwasmvm.so
RUN LEDGER_ENABLED=false BUILD_TAGS=muslc LINK_STATICALLY=true make build \
 && (file /code/build/wasmchaind | grep "statically linked")

# --------------------------------------------------------
FROM alpine:3.18

COPY --from=go-builder /code/build/wasmchaind /usr/bin/wasmchaind
COPY docker/*.sh /opt/
RUN chmod +x /opt/*.sh
WORKDIR /opt

# rest server, p2p, rpc
EXPOSE 1317 26656 26657
CMD ["/usr/bin/wasmchaind", "version"]
