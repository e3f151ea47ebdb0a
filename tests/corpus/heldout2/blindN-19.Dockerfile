# corpus: modelled-on=goreleaser "dockers:" Dockerfile.release reused from the repo root with dist/ paths
# corpus: expect=AL203@6,AL303@10
FROM alpine:3.20
LABEL org.opencontainers.image.title="kubectl-lens" \
      org.opencontainers.image.source="https://github.com/acme/kubectl-lens" \
      org.opencontainers.image.description="kubectl-lens built for ${TARGETPLATFORM}"
RUN apk add --no-cache ca-certificates git openssh-client
# goreleaser writes one dir per target; we only publish the linux image from the
# default build (see .goreleaser.yaml)
COPY dist/kubectl-lens_linux_amd64_v1/kubectl-lens /usr/local/bin/kubectl-lens
COPY completions/ /usr/share/kubectl-lens/completions/
RUN adduser -D -h /home/lens lens
USER lens
WORKDIR /home/lens
ENTRYPOINT ["kubectl-lens"]
CMD ["--help"]
