# corpus: modelled-on=maxmcd/deno-docker 0/slim/Dockerfile + shynome/docker-deno Dockerfile (deno release zip pulled by version)
# corpus: expect=AL301@10
FROM debian:bookworm-slim AS deno

ARG DENO_VERSION=1.46.3
ARG DENO_ARCH=x86_64
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip \
 && curl -fsSL --retry 3 -o /tmp/deno.zip \
      "https://github.com/denoland/deno/releases/download/v${DENO_VERSION}/deno-${DENO_ARCH}-unknown-linux-gnu.zip" \
 && unzip /tmp/deno.zip -d /usr/local/bin \
 && rm -rf /tmp/deno.zip /var/lib/apt/lists/*

FROM gcr.io/distroless/cc-debian12
COPY --from=deno /usr/local/bin/deno /usr/local/bin/deno
WORKDIR /app
COPY deno.json deno.lock ./
COPY src/ ./src/
ENV DENO_DIR=/tmp/deno-cache
USER nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/deno"]
CMD ["run", "--allow-net", "--allow-env", "--allow-read", "src/main.ts"]
