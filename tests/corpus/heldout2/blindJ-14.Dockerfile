# corpus: modelled-on=goreleaser v2 dockers_v2 / mykso/myks style ("COPY $TARGETPLATFORM/myks"): prebuilt binaries laid out per platform in the build context
# corpus: expect=
# GoReleaser puts the binaries into the context as
#   linux/amd64/policy-reporter-sync
#   linux/arm64/policy-reporter-sync
# and runs buildx with --platform linux/amd64,linux/arm64.
FROM cgr.dev/chainguard/static:latest

ARG TARGETPLATFORM
ARG VERSION=snapshot

LABEL org.opencontainers.image.title="policy-reporter-sync" \
      org.opencontainers.image.version="${VERSION}"

COPY ${TARGETPLATFORM}/policy-reporter-sync /usr/bin/policy-reporter-sync
COPY ${TARGETPLATFORM}/prsctl /usr/bin/prsctl
COPY config/default.yaml /etc/policy-reporter-sync/config.yaml

USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/usr/bin/policy-reporter-sync"]
CMD ["--config", "/etc/policy-reporter-sync/config.yaml"]
