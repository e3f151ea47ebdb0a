# corpus: modelled-on=hotio/linuxserver-style Sonarr v4 image using the .NET tarballs (linux-x64 / linux-arm64)
# corpus: expect=
FROM alpine:3.20 AS fetch
ARG TARGETARCH
ARG SONARR_VERSION=4.0.11.2680
RUN apk add --no-cache curl tar
# upstream names the tarballs after .NET RIDs: linux-musl-x64, linux-musl-arm64
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) rid="x64" ;; \
      arm64) rid="arm64" ;; \
      *) echo "unsupported TARGETARCH=${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    mkdir -p /app/sonarr/bin; \
    curl -fsSL "https://github.com/Sonarr/Sonarr/releases/download/v${SONARR_VERSION}/Sonarr.main.${SONARR_VERSION}.linux-musl-${rid}.tar.gz" \
      | tar xz -C /app/sonarr/bin --strip-components=1; \
    rm -rf /app/sonarr/bin/Sonarr.Update

FROM alpine:3.20
RUN apk add --no-cache icu-libs libintl sqlite-libs tzdata ca-certificates su-exec
COPY --from=fetch /app/sonarr /app/sonarr
RUN printf 'UpdateMethod=docker\nBranch=main\n' > /app/sonarr/package_info \
 && adduser -D -u 1000 -h /config sonarr
USER sonarr
EXPOSE 8989
VOLUME /config
HEALTHCHECK CMD wget -qO- http://localhost:8989/ping || exit 1
CMD ["/app/sonarr/bin/Sonarr", "-nobrowser", "-data=/config"]
