# corpus: modelled-on=rancher/kubectl and kumahq/kubectl images (ARG ARCH + ${BASE_IMAGE}/alpine, kubectl from storage.googleapis.com/…/linux/${ARCH}/kubectl)
# corpus: expect=AL209@7,AL301@15
ARG ARCH=amd64
ARG KUBERNETES_RELEASE=v1.31.3

# per-arch base image, e.g. amd64/alpine or arm64v8/alpine
FROM ${ARCH}/alpine:3.20 AS download
ARG ARCH
ARG KUBERNETES_RELEASE

WORKDIR /bin
RUN set -x \
 && apk --no-cache add curl \
 && curl -fsSLO \
      "https://dl.k8s.io/release/${KUBERNETES_RELEASE}/bin/linux/${ARCH}/kubectl" \
 && chmod +x kubectl \
 && ./kubectl version --client

FROM scratch
COPY --from=download /bin/kubectl /bin/kubectl
USER 65534:65534
ENTRYPOINT ["/bin/kubectl"]
CMD ["help"]
