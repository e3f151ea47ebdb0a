# corpus: modelled-on=elastic/elasticsearch distribution/docker Dockerfile (tini chosen via arch case, linux-$(uname -m) tarball)
# corpus: expect=
FROM ubuntu:22.04 AS builder

ARG ES_VERSION=8.15.3
ARG TINI_VERSION=0.19.0
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    case "$(arch)" in \
        aarch64) tini_bin='tini-arm64' ;; \
        x86_64)  tini_bin='tini-amd64' ;; \
        *) echo >&2 "Unsupported architecture $(arch)"; exit 1 ;; \
    esac; \
    curl -fsSL -o /bin/tini "https://github.com/krallin/tini/releases/download/v${TINI_VERSION}/${tini_bin}"; \
    chmod 0555 /bin/tini

WORKDIR /usr/share/elasticsearch
# Elastic names its tarballs after `uname -m` (linux-x86_64 / linux-aarch64), so this follows the build arch
RUN curl -fsSL "https://artifacts.elastic.co/downloads/elasticsearch/elasticsearch-${ES_VERSION}-linux-$(uname -m).tar.gz" \
      | tar -xz --strip-components=1 \
 && sed -i -e 's/ES_DISTRIBUTION_TYPE=tar/ES_DISTRIBUTION_TYPE=docker/' bin/elasticsearch-env \
 && mkdir -p config/jvm.options.d data logs plugins

FROM ubuntu:22.04
RUN groupadd -g 1000 elasticsearch && useradd -u 1000 -g 1000 -G 0 -d /usr/share/elasticsearch elasticsearch
COPY --from=builder /bin/tini /bin/tini
COPY --from=builder --chown=1000:0 /usr/share/elasticsearch /usr/share/elasticsearch
ENV PATH=/usr/share/elasticsearch/bin:$PATH \
    ES_JAVA_OPTS="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"
WORKDIR /usr/share/elasticsearch
USER 1000:0
EXPOSE 9200 9300
ENTRYPOINT ["/bin/tini", "--", "/usr/share/elasticsearch/bin/elasticsearch"]
