# corpus: modelled-on=oven-sh/bun single-file executable docs + bun Dockerfiles mapping TARGETARCH to bun-linux-x64/bun-linux-arm64
# corpus: expect=
FROM --platform=$BUILDPLATFORM oven/bun:1.1.34-slim AS build
ARG TARGETARCH
WORKDIR /src
COPY package.json bun.lockb ./
RUN bun install --frozen-lockfile --production
COPY tsconfig.json ./
COPY src ./src
# bun can emit executables for other CPUs without emulation
RUN case "${TARGETARCH}" in \
      amd64) target=bun-linux-x64-baseline ;; \
      arm64) target=bun-linux-arm64 ;; \
      *) echo "bun has no linux build for ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && bun build src/worker.ts --compile --target="${target}" --outfile /out/worker

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 worker
COPY --from=build --chown=10001 /out/worker /usr/local/bin/worker
USER 10001
HEALTHCHECK --interval=30s CMD ["/usr/local/bin/worker", "--health"]
CMD ["/usr/local/bin/worker"]
