# corpus: modelled-on=sharmb789/repo1 and mkanoor receptor Dockerfile (subscription-manager on RHEL UBI) plus tini from GitHub releases
# corpus: expect=AL202@3,AL301@17
FROM --platform=$TARGETPLATFORM registry.access.redhat.com/ubi9/ubi:9.4
ARG RHSM_ORG
ARG RHSM_KEY

USER root
RUN subscription-manager register --org="${RHSM_ORG}" --activationkey="${RHSM_KEY}" \
    && subscription-manager repos --enable=rhel-9-for-x86_64-appstream-rpms \
                                  --enable=codeready-builder-for-rhel-9-x86_64-rpms \
    && dnf -y install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm \
    && dnf -y install ansible-core sshpass python3-jmespath \
    && dnf clean all \
    && subscription-manager unregister

ARG TINI_VERSION=v0.19.0
ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-amd64 /usr/bin/tini
RUN chmod +x /usr/bin/tini

COPY playbooks/ /runner/playbooks/
COPY requirements.yml /runner/
RUN ansible-galaxy collection install -r /runner/requirements.yml -p /usr/share/ansible/collections
USER 1001
WORKDIR /runner
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["ansible-playbook", "playbooks/site.yml"]
