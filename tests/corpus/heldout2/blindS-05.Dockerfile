# corpus: modelled-on=tailscale sidecar images (pkgs.tailscale.com static tgz) with an apk --print-arch switch
# corpus: expect=
FROM alpine:3.20

ARG TS_VERSION=1.76.6
RUN apk add --no-cache ca-certificates iptables ip6tables iproute2 bash

# The static tarballs are named tailscale_<ver>_amd64.tgz / tailscale_<ver>_arm64.tgz
RUN set -eux; \
    case "$(apk --print-arch)" in \
      x86_64)  ts_url="https://pkgs.tailscale.com/stable/tailscale_${TS_VERSION}_amd64.tgz" ;; \
      aarch64) ts_url="https://pkgs.tailscale.com/stable/tailscale_${TS_VERSION}_arm64.tgz" ;; \
      armv7)   ts_url="https://pkgs.tailscale.com/stable/tailscale_${TS_VERSION}_arm.tgz" ;; \
      *) echo "unsupported arch $(apk --print-arch)" >&2; exit 1 ;; \
    esac; \
    wget -qO /tmp/ts.tgz "$ts_url"; \
    tar -xzf /tmp/ts.tgz -C /usr/local/bin --strip-components=1 --wildcards '*/tailscale' '*/tailscaled'; \
    rm /tmp/ts.tgz; \
    tailscale version

RUN mkdir -p /var/run/tailscale /var/cache/tailscale /var/lib/tailscale
COPY --chmod=0755 entrypoint.sh /usr/local/bin/entrypoint.sh
VOLUME /var/lib/tailscale
ENV TS_STATE_DIR=/var/lib/tailscale TS_USERSPACE=false
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
