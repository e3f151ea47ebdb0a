# corpus: modelled-on=devcontainer image installing age; arch value chained through separate ENV instructions
# corpus: expect=
FROM mcr.microsoft.com/devcontainers/base:bookworm

ARG TARGETARCH
ENV TOOL_HOME=/opt/tools \
    AGE_VERSION=1.2.0
# upstream publishes linux-amd64 and linux-arm64 tarballs, named like Go's GOARCH
ENV TOOL_ARCH=${TARGETARCH}
ENV AGE_TARBALL=age-v${AGE_VERSION}-linux-${TOOL_ARCH}.tar.gz

RUN mkdir -p "${TOOL_HOME}/bin" \
 && curl -fsSL "https://github.com/FiloSottile/age/releases/download/v${AGE_VERSION}/${AGE_TARBALL}" \
      | tar -xz -C "${TOOL_HOME}/bin" --strip-components=1 age/age age/age-keygen \
 && "${TOOL_HOME}/bin/age" --version

ENV PATH="${TOOL_HOME}/bin:${PATH}"
COPY .devcontainer/post-create.sh /usr/local/bin/post-create
USER vscode
WORKDIR /workspaces
