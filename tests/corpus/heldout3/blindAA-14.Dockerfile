# corpus: modelled-on=Earthly CI runner on docker:dind (defstream/kickable-rs ci-setup.sh, earthly install docs)
# corpus: expect=AL301@8,AL301@18
FROM docker:26-dind
ARG EARTHLY_VERSION=v0.8.13
ARG BUILDX_VERSION=v0.15.1
RUN apk add --no-cache bash git curl
RUN set -eux; \
    case "$(apk --print-arch)" in \
      x86_64) \
        curl -fsSL -o /usr/local/bin/earthly \
          "https://github.com/earthly/earthly/releases/download/${EARTHLY_VERSION}/earthly-linux-amd64" ;; \
      *) echo "earthly: unsupported arch $(apk --print-arch)" >&2; exit 1 ;; \
    esac; \
    chmod +x /usr/local/bin/earthly

RUN mkdir -p /usr/local/libexec/docker/cli-plugins \
 && curl -fsSL -o /usr/local/libexec/docker/cli-plugins/docker-buildx \
      "https://github.com/docker/buildx/releases/download/${BUILDX_VERSION}/buildx-${BUILDX_VERSION}.linux-amd64" \
 && chmod +x /usr/local/libexec/docker/cli-plugins/docker-buildx

ENV EARTHLY_DISABLE_ANALYTICS=1
COPY Earthfile /src/Earthfile
WORKDIR /src
ENTRYPOINT ["earthly"]
