# corpus: modelled-on=project image on docker-library/rust (rust:*-bookworm) cross-building with a TARGETARCH case
# corpus: expect=AL205@7
FROM --platform=$BUILDPLATFORM rust:1.91-bookworm AS build

ARG TARGETARCH
RUN set -eux; \
	case "$TARGETARCH" in \
		amd64) rustTarget='x86_64-unknown-linux-gnu' ;; \
		*) echo >&2 "error: unsupported TARGETARCH '$TARGETARCH'"; exit 1 ;; \
	esac; \
	echo "$rustTarget" > /rust-target; \
	rustup target add "$rustTarget"

WORKDIR /usr/src/ingest
COPY Cargo.toml Cargo.lock ./
COPY src/ src/
RUN --mount=type=cache,target=/usr/local/cargo/registry \
	--mount=type=cache,target=/usr/src/ingest/target \
	set -eux; \
	rustTarget="$(cat /rust-target)"; \
	cargo build --release --locked --target "$rustTarget"; \
	cp "target/$rustTarget/release/ingest" /usr/local/bin/ingest

FROM debian:bookworm-slim
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates libssl3; \
	rm -rf /var/lib/apt/lists/*; \
	useradd --system --uid 10001 ingest
COPY --from=build /usr/local/bin/ingest /usr/local/bin/ingest
USER ingest
ENTRYPOINT ["/usr/local/bin/ingest"]
