# corpus: modelled-on=docker-library/docker cli compose-plugin RUN, reused by a CI-runner image that also ships arm/v7
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM docker:28-cli

RUN apk add --no-cache bash curl jq make git-lfs

ENV DOCKER_COMPOSE_VERSION 2.40.3
RUN set -eux; \
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		'x86_64') \
			url='https://github.com/docker/compose/releases/download/v2.40.3/docker-compose-linux-x86_64'; \
			sha256='36099587d934f6b92c3d3315f0404d5d8d97ffe3caf3e39ee7691a15d727775f'; \
			;; \
		'armhf') \
			url='https://github.com/docker/compose/releases/download/v2.40.3/docker-compose-linux-armv6'; \
			sha256='459c691d6040e9dd859f6010871bd7b6504135f8928685faebebbca5a10f6b38'; \
			;; \
		'armv7') \
			url='https://github.com/docker/compose/releases/download/v2.40.3/docker-compose-linux-armv7'; \
			sha256='e5cd0fe66df4c7c608171d2848c87431a8247891b11f058f81d58f1ad455aa6f'; \
			;; \
		'aarch64') \
			url='https://github.com/docker/compose/releases/download/v2.40.3/docker-compose-linux-aarch64'; \
			sha256='1abe879391da7f8d6e8a9dd6aa798b6e58247f4dcbce25815e550fe9e68ac925'; \
			;; \
		*) echo >&2 "error: unsupported 'docker-compose' architecture ($apkArch)"; exit 1 ;; \
	esac; \
	wget -O docker-compose "$url"; \
	echo "$sha256 *docker-compose" | sha256sum -c -; \
	plugin='/usr/local/libexec/docker/cli-plugins/docker-compose'; \
	mkdir -p "$(dirname "$plugin")"; \
	mv -vT docker-compose "$plugin"; chmod +x "$plugin"; \
	ln -sv "$plugin" /usr/local/bin/; \
	docker compose version

COPY ci/ /usr/local/share/ci/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["bash"]
