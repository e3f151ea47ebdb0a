# corpus: modelled-on=goreleaser "dockers:" Dockerfile that copies the prebuilt binary (aquasecurity/trivy Dockerfile, kubeconform Dockerfile) but pointed at the dist/ folder of a local `goreleaser build`
# corpus: expect=AL209@9,AL303@13,AL303@14
# Built with:  goreleaser build --snapshot --clean && docker buildx build .
FROM gcr.io/distroless/static-debian12:nonroot

LABEL org.opencontainers.image.title="policy-reporter-sync" \
      org.opencontainers.image.licenses="Apache-2.0"

COPY --from=amd64/busybox:1.36-musl /bin/busybox /busybox/busybox
SHELL ["/busybox/busybox", "sh", "-c"]
RUN ["/busybox/busybox", "--install", "-s", "/busybox"]

COPY dist/policy-reporter-sync_linux_amd64_v1/policy-reporter-sync /usr/bin/policy-reporter-sync
COPY dist/prsctl_linux_amd64_v1/prsctl /usr/bin/prsctl
COPY config/default.yaml /etc/policy-reporter-sync/config.yaml

ENV PATH="/usr/bin:/busybox"
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/usr/bin/prsctl", "healthz"]
ENTRYPOINT ["/usr/bin/policy-reporter-sync"]
CMD ["--config", "/etc/policy-reporter-sync/config.yaml"]
