# corpus: modelled-on=mvisonneau/docker-tailscale and emmorts/docker-tailscale Dockerfiles (pkgs.tailscale.com tgz by TARGETARCH)
# corpus: expect=
# Tailscale sidecar: joins the tailnet and exposes the pod's services to it.
FROM alpine:3.20 AS fetch
ARG TARGETARCH
ARG TAILSCALE_VERSION=1.70.0
# tailscale publishes tailscale_<ver>_amd64.tgz, _arm64.tgz, _arm.tgz, _386.tgz,
# which are exactly the buildx TARGETARCH names
RUN apk add --no-cache curl tar \
 && mkdir -p /out \
 && curl -fsSL "https://pkgs.tailscale.com/stable/tailscale_${TAILSCALE_VERSION}_${TARGETARCH}.tgz" \
    | tar -xz -C /out --strip-components=1 \
 && ls -l /out

FROM alpine:3.20
RUN apk add --no-cache ca-certificates iptables ip6tables iproute2 bash \
 && mkdir -p /var/lib/tailscale /var/run/tailscale
COPY --from=fetch /out/tailscale /out/tailscaled /usr/local/bin/
COPY --chmod=0755 sidecar-entrypoint.sh /usr/local/bin/sidecar-entrypoint.sh

ENV TS_STATE_DIR=/var/lib/tailscale \
    TS_SOCKET=/var/run/tailscale/tailscaled.sock \
    TS_USERSPACE=true \
    TS_EXTRA_ARGS=""
VOLUME ["/var/lib/tailscale"]
HEALTHCHECK --interval=30s CMD tailscale --socket="$TS_SOCKET" status >/dev/null || exit 1
ENTRYPOINT ["/usr/local/bin/sidecar-entrypoint.sh"]
