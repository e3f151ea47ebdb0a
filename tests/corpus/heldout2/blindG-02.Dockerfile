# corpus: modelled-on=docker-library/docker 27/cli/Dockerfile (apkArch case for static docker + buildx plugin)
# corpus: expect=
FROM alpine:3.22

RUN apk add --no-cache ca-certificates openssh-client git

ENV DOCKER_VERSION 28.5.2
RUN set -eux; \
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		'x86_64') url='https://download.docker.com/linux/static/stable/x86_64/docker-28.5.2.tgz' ;; \
		'armhf') url='https://download.docker.com/linux/static/stable/armel/docker-28.5.2.tgz' ;; \
		'armv7') url='https://download.docker.com/linux/static/stable/armhf/docker-28.5.2.tgz' ;; \
		'aarch64') url='https://download.docker.com/linux/static/stable/aarch64/docker-28.5.2.tgz' ;; \
		*) echo >&2 "error: unsupported 'docker.tgz' architecture ($apkArch)"; exit 1 ;; \
	esac; \
	wget -O docker.tgz "$url"; \
	tar --extract --file docker.tgz --strip-components 1 --directory /usr/local/bin/ --no-same-owner 'docker/docker'; \
	rm docker.tgz; \
	docker --version

ENV DOCKER_BUILDX_VERSION 0.29.1
RUN set -eux; \
	apkArch="$(apk --print-arch)"; \
	case "$apkArch" in \
		'x86_64') url='https://github.com/docker/buildx/releases/download/v0.29.1/buildx-v0.29.1.linux-amd64'; sha256='e5cd0fe66df4c7c608171d2848c87431a8247891b11f058f81d58f1ad455aa6f' ;; \
		'armv7') url='https://github.com/docker/buildx/releases/download/v0.29.1/buildx-v0.29.1.linux-arm-v7'; sha256='1abe879391da7f8d6e8a9dd6aa798b6e58247f4dcbce25815e550fe9e68ac925' ;; \
		'aarch64') url='https://github.com/docker/buildx/releases/download/v0.29.1/buildx-v0.29.1.linux-arm64'; sha256='edc0a2ba4606470dff9b74492b890213c9669ee8230e4a93afc59c206768118e' ;; \
		*) echo >&2 "warning: unsupported 'docker-buildx' architecture ($apkArch); skipping"; exit 0 ;; \
	esac; \
	wget -O docker-buildx "$url"; \
	echo "$sha256 *docker-buildx" | sha256sum -c -; \
	plugin='/usr/local/libexec/docker/cli-plugins/docker-buildx'; \
	mkdir -p "$(dirname "$plugin")"; mv -vT docker-buildx "$plugin"; chmod +x "$plugin"; \
	docker buildx version

COPY docker-entrypoint.sh /usr/local/bin/
ENV DOCKER_TLS_CERTDIR=/certs
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["sh"]
