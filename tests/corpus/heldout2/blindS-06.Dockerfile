# corpus: modelled-on=syncthing built from source plus rclone for off-site copies (personal backup box image)
# corpus: expect=AL204@8,AL301@18
FROM golang:1.23-bookworm AS build
WORKDIR /src
ARG SYNCTHING_VERSION=v1.28.1
RUN git clone --depth 1 --branch ${SYNCTHING_VERSION} https://github.com/syncthing/syncthing.git .
# static binary so it runs on the slim runtime image
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 \
    go build -trimpath -ldflags "-s -w" -o /out/syncthing ./cmd/syncthing

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip fuse3 tini \
 && rm -rf /var/lib/apt/lists/*

ARG RCLONE_VERSION=v1.68.2
RUN cd /tmp \
 && curl -fsSLO https://downloads.rclone.org/${RCLONE_VERSION}/rclone-${RCLONE_VERSION}-linux-amd64.zip \
 && unzip -q rclone-*.zip \
 && install -m 0755 rclone-*/rclone /usr/local/bin/rclone \
 && rm -rf /tmp/rclone-*

COPY --from=build /out/syncthing /usr/local/bin/syncthing
COPY sync-and-push.sh /usr/local/bin/
RUN useradd -m -u 1000 sync
USER sync
ENV STGUIADDRESS=0.0.0.0:8384
EXPOSE 8384 22000/tcp 22000/udp 21027/udp
HEALTHCHECK CMD curl -fsk https://127.0.0.1:8384/rest/noauth/health | grep -q OK
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/sync-and-push.sh"]
