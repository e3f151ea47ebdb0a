# corpus: modelled-on=denoland/deno release zips (deno-<rust triple>.zip) installed into debian-slim, TARGETARCH mapped in a heredoc
# corpus: expect=
FROM debian:bookworm-slim

ARG TARGETARCH
ARG DENO_VERSION=2.1.1

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip \
 && rm -rf /var/lib/apt/lists/*

RUN <<EOF
set -eu
case "${TARGETARCH}" in
  amd64) triple=x86_64-unknown-linux-gnu ;;
  arm64) triple=aarch64-unknown-linux-gnu ;;
  *) echo "deno is not published for ${TARGETARCH}" >&2; exit 1 ;;
esac
curl -fsSL -o /tmp/deno.zip "https://github.com/denoland/deno/releases/download/v${DENO_VERSION}/deno-${triple}.zip"
unzip -q /tmp/deno.zip -d /usr/local/bin
rm /tmp/deno.zip
deno --version
EOF

RUN useradd --uid 1993 --create-home deno
WORKDIR /app
COPY --chown=deno:deno deno.json deno.lock ./
COPY --chown=deno:deno src/ src/
USER deno
RUN deno cache src/main.ts
EXPOSE 8000
CMD ["deno", "run", "--allow-net", "--allow-env", "--allow-read", "src/main.ts"]
