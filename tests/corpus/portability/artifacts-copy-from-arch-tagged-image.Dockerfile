# corpus: modelled-on=Dockerfiles copying a CLI or busybox out of a single-architecture image (an -amd64 tag, the amd64/ official namespace) with COPY --from
# corpus: expect=AL209@4,AL209@5
FROM debian:bookworm-slim
COPY --from=docker.io/example/kubectl:1.30.2-debian-12-amd64 /opt/example/kubectl/bin/kubectl /usr/local/bin/kubectl
COPY --from=amd64/busybox:1.36 /bin/busybox /bin/busybox
ENTRYPOINT ["kubectl"]
