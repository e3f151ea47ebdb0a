# corpus: modelled-on=denoland/deno_docker bin.dockerfile (download stage keyed on TARGETARCH, rust triple via sed)
# corpus: expect=
ARG DENO_VERSION=2.1.4

FROM buildpack-deps:bookworm-curl AS fetch
RUN apt-get update \
 && apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*
ARG DENO_VERSION
ARG TARGETARCH
# release assets are named after the rust triple, e.g. deno-x86_64-unknown-linux-gnu.zip
RUN triple="$(echo "$TARGETARCH" | sed -e 's/amd64/x86_64/' -e 's/arm64/aarch64/')-unknown-linux-gnu" \
 && curl -fsSL "https://dl.deno.land/release/v${DENO_VERSION}/deno-${triple}.zip" -o /tmp/deno.zip \
 && unzip -q /tmp/deno.zip -d /usr/local/bin \
 && chmod 0755 /usr/local/bin/deno \
 && rm /tmp/deno.zip

FROM debian:bookworm-slim
ARG DENO_VERSION
ENV DENO_VERSION=${DENO_VERSION} \
    DENO_DIR=/deno-dir/
RUN useradd --uid 1993 --user-group deno \
 && mkdir -p /deno-dir \
 && chown deno:deno /deno-dir
COPY --from=fetch /usr/local/bin/deno /usr/bin/deno
WORKDIR /app
COPY --chown=deno:deno . .
USER deno
RUN deno cache main.ts
EXPOSE 8000
CMD ["deno", "run", "--allow-net", "--allow-env", "main.ts"]
