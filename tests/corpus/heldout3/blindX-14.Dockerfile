# corpus: modelled-on=filebeat tarball images (luojinqq/filebeat, tsaikd/docker-filebeat) with uname -m mapped to Elastic's asset names
# corpus: expect=
FROM debian:bookworm-slim

ARG FILEBEAT_VERSION=8.13.4

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    arch="$(uname -m)"; \
    # Elastic names the tarballs linux-x86_64 and linux-arm64
    case "$arch" in \
      x86_64) ebArch='x86_64' ;; \
      aarch64) ebArch='arm64' ;; \
      *) echo "no filebeat build for ${arch}" >&2; exit 1 ;; \
    esac; \
    mkdir -p /usr/share/filebeat/data /usr/share/filebeat/logs; \
    curl -fsSL "https://artifacts.elastic.co/downloads/beats/filebeat/filebeat-${FILEBEAT_VERSION}-linux-${ebArch}.tar.gz" \
      | tar -xz -C /usr/share/filebeat --strip-components=1; \
    rm -rf /var/lib/apt/lists/*

RUN groupadd --gid 1000 filebeat \
 && useradd --uid 1000 --gid 1000 --home-dir /usr/share/filebeat --no-create-home filebeat \
 && chown -R filebeat:filebeat /usr/share/filebeat

COPY --chown=filebeat:filebeat filebeat.yml /usr/share/filebeat/filebeat.yml
WORKDIR /usr/share/filebeat
USER filebeat
ENTRYPOINT ["./filebeat"]
CMD ["-e", "--strict.perms=false", "-c", "filebeat.yml"]
