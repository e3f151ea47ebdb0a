# corpus: modelled-on=Radarr docker image with a .NET RID case mapping, but a defaulted platform ARG
# corpus: expect=AL207@6
FROM debian:bookworm-slim

# default so that plain `docker build` works on the NAS
ARG TARGETARCH=amd64
ARG RADARR_VERSION=5.14.0.9383
ARG RADARR_BRANCH=master

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl libicu72 libsqlite3-0 mediainfo \
 && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) RID=x64 ;; \
      arm64) RID=arm64 ;; \
      *) echo "unsupported" >&2; exit 1 ;; \
    esac; \
    mkdir -p /opt/radarr; \
    curl -fsSL "https://radarr.servarr.com/v1/update/${RADARR_BRANCH}/updatefile?version=${RADARR_VERSION}&os=linux&runtime=netcore&arch=${RID}" \
      | tar xz -C /opt/radarr --strip-components=1; \
    rm -rf /opt/radarr/Radarr.Update

RUN useradd -r -u 1000 -d /config radarr && mkdir /config && chown radarr /config
USER radarr
EXPOSE 7878
VOLUME ["/config", "/movies", "/downloads"]
ENTRYPOINT ["/opt/radarr/Radarr", "-nobrowser", "-data=/config"]
