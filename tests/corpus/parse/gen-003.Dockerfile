#syntax=docker/dockerfile:1-labs
ARG  REGISTRY=docker.io
ARG TAG
  FROM   alpine:3.19   AS   Final
	RUN	echo tabs
Run echo mixed case
maintainer someone@example.com
LABEL org.opencontainers.image.title="demo app" \
      org.opencontainers.image.version=1.0 \
      description='single quoted'
ENV PATH /usr/local/bin:$PATH
ENV A=1 B="two words" C='three' D=a\ b
EXPOSE 80 443/tcp
WORKDIR /srv/my app
FROM alpine:${ALPINE_VERSION}
RUN apk add --no-cache ca-certificates tzdata \
    && apkArch="$(apk --print-arch)" \
    && case "$apkArch" in \
        armhf) arch='armv6' ;; \
        aarch64) arch='arm64' ;; \
        x86_64) arch='amd64' ;; \
        *) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \
    esac \
    && wget -qO /usr/local/bin/tini "https://github.com/krallin/tini/releases/download/v0.19.0/tini-static-$arch" \
    && chmod +x /usr/local/bin/tini
ENTRYPOINT ["/usr/local/bin/tini", "--"]

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
