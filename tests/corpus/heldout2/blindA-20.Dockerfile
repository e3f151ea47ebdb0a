# corpus: modelled-on=GoReleaser "dockers" Dockerfiles (awscurl, pgroll: FROM scratch + COPY prebuilt binary) with a bundled third-party binary
# corpus: expect=AL207@8,AL303@12
# This Dockerfile is used by GoReleaser: the build context is a temp dir with
# the prebuilt binaries, nothing is compiled here.
FROM gcr.io/distroless/static-debian12:nonroot

# goreleaser passes --platform; default kept for plain `docker build`
ARG TARGETARCH=amd64
COPY myctl_linux_${TARGETARCH}/myctl /usr/local/bin/myctl

# helm is shelled out to by `myctl chart ...`
COPY third_party/helm/linux-amd64/helm /usr/local/bin/helm
COPY LICENSE README.md /usr/share/doc/myctl/

LABEL org.opencontainers.image.title="myctl" \
      org.opencontainers.image.licenses="Apache-2.0"
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/myctl"]
CMD ["--help"]
