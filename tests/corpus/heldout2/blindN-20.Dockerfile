# corpus: modelled-on=goreleaser v2 dockers_v2 layout (context holds linux/amd64/ and linux/arm64/ dirs, COPY $TARGETPLATFORM/…)
# corpus: expect=
# This Dockerfile is used by goreleaser only: the build context contains
#   linux/amd64/kubectl-lens and linux/arm64/kubectl-lens
# and buildx is invoked with --platform linux/amd64,linux/arm64.
FROM cgr.dev/chainguard/static:latest
ARG TARGETPLATFORM
LABEL org.opencontainers.image.source="https://github.com/acme/kubectl-lens"
COPY ${TARGETPLATFORM}/kubectl-lens /usr/bin/kubectl-lens
COPY LICENSE README.md /usr/share/doc/kubectl-lens/
USER 65532
ENTRYPOINT ["/usr/bin/kubectl-lens"]
