# corpus: modelled-on=devcontainer image installing age from GitHub releases; ENV computes the tarball name in the same instruction that overrides the arch
# corpus: expect=AL301@17
FROM mcr.microsoft.com/devcontainers/base:bookworm

ARG TARGETARCH
# defaults consumed by the post-create scripts
ENV TOOL_ARCH=amd64 \
    TOOL_HOME=/opt/tools \
    AGE_VERSION=1.2.0

RUN mkdir -p "${TOOL_HOME}/bin"

# switch to the architecture being built
ENV TOOL_ARCH=${TARGETARCH} \
    AGE_TARBALL=age-v${AGE_VERSION}-linux-${TOOL_ARCH}.tar.gz

RUN curl -fsSL "https://github.com/FiloSottile/age/releases/download/v${AGE_VERSION}/${AGE_TARBALL}" \
      | tar -xz -C "${TOOL_HOME}/bin" --strip-components=1 age/age age/age-keygen \
 && "${TOOL_HOME}/bin/age" --version

ENV PATH="${TOOL_HOME}/bin:${PATH}"
COPY .devcontainer/post-create.sh /usr/local/bin/post-create
USER vscode
