# corpus: modelled-on=release Dockerfiles copying prebuilt "bin/<tool>-linux-amd64" + abuild output (~/packages/<repo>/x86_64/*.apk)
# corpus: expect=AL302@16,AL303@18
FROM alpine:3.20 AS apkbuild
RUN apk add --no-cache alpine-sdk sudo \
 && adduser -D builder \
 && addgroup builder abuild
COPY --chown=builder:builder packaging/edge-agent/ /home/builder/edge-agent/
USER builder
WORKDIR /home/builder/edge-agent
RUN abuild-keygen -a -n && abuild -r

FROM alpine:3.20
ARG TARGETARCH
RUN apk add --no-cache ca-certificates tzdata
COPY --from=apkbuild /home/builder/packages/ /tmp/pkgs/
RUN apk add --no-cache --allow-untrusted /tmp/pkgs/builder/x86_64/edge-agent-2.3.1-r0.apk \
 && rm -rf /tmp/pkgs
COPY bin/edgectl-linux-amd64 /usr/local/bin/edgectl
COPY bin/edge-exporter-linux-${TARGETARCH} /usr/local/bin/edge-exporter
COPY config/agent.yaml /etc/edge-agent/agent.yaml
EXPOSE 9100
ENTRYPOINT ["/usr/bin/edge-agent", "--config", "/etc/edge-agent/agent.yaml"]
