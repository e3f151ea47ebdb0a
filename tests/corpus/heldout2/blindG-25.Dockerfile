# corpus: modelled-on=docker-library official traefik alpine image (apkArch -> release asset name mapping)
# corpus: expect=
FROM alpine:3.22

RUN apk --no-cache add ca-certificates tzdata

ENV TRAEFIK_VERSION v3.6.2
RUN set -ex; \
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		armhf) arch='armv6' ;; \
		armv7) arch='armv7' ;; \
		aarch64) arch='arm64' ;; \
		x86_64) arch='amd64' ;; \
		ppc64le) arch='ppc64le' ;; \
		riscv64) arch='riscv64' ;; \
		s390x) arch='s390x' ;; \
		*) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \
	esac; \
	wget --quiet -O /tmp/traefik.tar.gz "https://github.com/traefik/traefik/releases/download/${TRAEFIK_VERSION}/traefik_${TRAEFIK_VERSION}_linux_$arch.tar.gz"; \
	tar xzvf /tmp/traefik.tar.gz -C /usr/local/bin traefik; \
	rm -f /tmp/traefik.tar.gz; \
	chmod +x /usr/local/bin/traefik; \
	traefik version

COPY entrypoint.sh /
EXPOSE 80
ENTRYPOINT ["/entrypoint.sh"]
CMD ["traefik"]

LABEL org.opencontainers.image.vendor="Traefik Labs" \
	org.opencontainers.image.url="https://traefik.io" \
	org.opencontainers.image.title="Traefik" \
	org.opencontainers.image.version="v3.6.2"
