# corpus: modelled-on=oven-sh bun Docker guide (oven/bun:1 build stage) + bun build --compile single-file executable on distroless
# corpus: expect=AL205@10,AL209@16
FROM oven/bun:1.1.34 AS build
ARG TARGETARCH
WORKDIR /src
COPY package.json bun.lockb ./
RUN bun install --frozen-lockfile
COPY . .
# compile a standalone executable for the image architecture
RUN case "${TARGETARCH}" in \
      amd64) BUN_TARGET=bun-linux-x64-modern ;; \
      *) echo "unsupported TARGETARCH=${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && bun build ./src/index.ts --compile --minify --target="${BUN_TARGET}" --outfile /out/api

FROM gcr.io/distroless/cc-debian12:nonroot-amd64
COPY --from=build /out/api /app/api
ENV NODE_ENV=production
EXPOSE 3000
USER nonroot
ENTRYPOINT ["/app/api"]
