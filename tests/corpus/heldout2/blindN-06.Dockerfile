# corpus: modelled-on=ghcr.io/rust-cross/cargo-zigbuild base on $BUILDPLATFORM with a TARGETARCH case (public zigbuild multi-arch Dockerfiles)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM ghcr.io/rust-cross/cargo-zigbuild:0.19.5 AS build
ARG TARGETARCH
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
WORKDIR /src
COPY . .
RUN case "${TARGETARCH}" in \
      amd64) triple=x86_64-unknown-linux-gnu ;; \
      arm64) triple=aarch64-unknown-linux-gnu ;; \
      *) echo "no rust triple for ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    rustup target add "${triple}" \
 && cargo zigbuild --release --locked --target "${triple}.2.31" \
 && mkdir -p /out \
 && cp "target/${triple}/release/beacon" /out/beacon

# gcr.io/distroless/cc is published for amd64 and arm64
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /out/beacon /usr/local/bin/beacon
EXPOSE 9000
ENTRYPOINT ["/usr/local/bin/beacon"]
