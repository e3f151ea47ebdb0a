# corpus: modelled-on=gitlab-runner dockerfiles/runner-helper (per-arch helper binaries) + custom "fix permissions" helper images
# corpus: expect=AL209@3,AL303@18
FROM registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-v17.1.0 AS upstream

FROM alpine:3.20

# gitlab-runner-helper resolves `sh` from PATH; some runtimes leave it empty
ENV PATH="${PATH:-/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin}"

# hadolint ignore=DL3018
RUN apk add --no-cache bash ca-certificates curl git git-lfs dumb-init miniperl \
    && ln -s miniperl /usr/bin/perl \
    && git lfs install --skip-repo

COPY --from=upstream /usr/bin/gitlab-runner-helper /usr/bin/gitlab-runner-helper
COPY --from=upstream /entrypoint /entrypoint
# our own post-clone hook that resets file modes after checkout
COPY ./dist/fix-perms-linux-amd64 /usr/local/bin/fix-perms

RUN chmod +x /entrypoint /usr/local/bin/fix-perms \
    && echo 'hosts: files dns' >> /etc/nsswitch.conf
ENTRYPOINT ["/usr/bin/dumb-init", "/entrypoint"]
CMD ["sh"]
