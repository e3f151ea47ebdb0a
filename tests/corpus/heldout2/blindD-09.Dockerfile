# corpus: modelled-on=reflective-dk/circleci-docker-and-gcloud-image Dockerfile (gcloud linux-x86_64 tarball) + helm tarball in a deploy image
# corpus: expect=AL301@14,AL301@23
FROM debian:bookworm-slim

ARG GCLOUD_VERSION=502.0.0
ARG HELM_VERSION=3.16.3
ARG HELM_ARCH=amd64

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates python3 git gnupg \
 && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    case "$(dpkg --print-architecture)" in \
      amd64) GCLOUD_ARCH=x86_64 ;; \
      *) echo "gcloud: unsupported architecture" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://dl.google.com/dl/cloudsdk/channels/rapid/downloads/google-cloud-cli-${GCLOUD_VERSION}-linux-${GCLOUD_ARCH}.tar.gz" \
      | tar -xz -C /opt; \
    /opt/google-cloud-sdk/install.sh --quiet --usage-reporting=false --path-update=false; \
    /opt/google-cloud-sdk/bin/gcloud components install gke-gcloud-auth-plugin kubectl --quiet

RUN curl -fsSL https://get.helm.sh/helm-v${HELM_VERSION}-linux-${HELM_ARCH}.tar.gz \
      | tar -xz --strip-components=1 -C /usr/local/bin linux-${HELM_ARCH}/helm

ENV PATH=/opt/google-cloud-sdk/bin:$PATH
WORKDIR /deploy
CMD ["bash"]
