# corpus: modelled-on=bun docs "bun build --compile --target=bun-linux-x64" + bun service Dockerfiles cross-compiling from $BUILDPLATFORM
# corpus: expect=AL207@4,AL205@10
FROM --platform=$BUILDPLATFORM oven/bun:1.1.34 AS build
ARG TARGETARCH=amd64
WORKDIR /src
COPY package.json bun.lockb ./
RUN bun install --frozen-lockfile
COPY . .
# cross-compile a single-file executable for the image's architecture
RUN case "$TARGETARCH" in \
      amd64) BUN_TARGET=bun-linux-x64-modern ;; \
      *) echo "unsupported arch: $TARGETARCH" >&2; exit 1 ;; \
    esac \
 && bun build ./src/index.ts --compile --minify --target="$BUN_TARGET" --outfile /out/api

FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=build /out/api /usr/local/bin/api
ENV NODE_ENV=production \
    PORT=3000
EXPOSE 3000
ENTRYPOINT ["/usr/local/bin/api"]
