# corpus: modelled-on=gitlab-runner-helper alpine Dockerfile + glab/git-lfs installs mapped from apk --print-arch
# corpus: expect=
FROM alpine:3.20

ARG GLAB_VERSION=1.43.0
ARG GIT_LFS_VERSION=3.5.1

ENV PATH="${PATH:-/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin}"

# hadolint ignore=DL3018
RUN apk add --no-cache bash ca-certificates curl git dumb-init miniperl \
    && ln -s miniperl /usr/bin/perl

RUN set -eux; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
        x86_64)  dlArch=amd64 ;; \
        aarch64) dlArch=arm64 ;; \
        *) echo >&2 "error: unsupported architecture ($apkArch)"; exit 1 ;; \
    esac; \
    curl -fsSL "https://gitlab.com/gitlab-org/cli/-/releases/v${GLAB_VERSION}/downloads/glab_${GLAB_VERSION}_linux_${dlArch}.tar.gz" \
      | tar -xz -C /usr/local bin/glab; \
    curl -fsSL "https://github.com/git-lfs/git-lfs/releases/download/v${GIT_LFS_VERSION}/git-lfs-linux-${dlArch}-v${GIT_LFS_VERSION}.tar.gz" \
      | tar -xz --strip-components=1 -C /usr/local/bin "git-lfs-${GIT_LFS_VERSION}/git-lfs"; \
    git lfs install --skip-repo

COPY ./helpers/entrypoint /entrypoint
RUN chmod +x /entrypoint && echo 'hosts: files dns' >> /etc/nsswitch.conf
ENTRYPOINT ["/usr/bin/dumb-init", "/entrypoint"]
CMD ["sh"]
