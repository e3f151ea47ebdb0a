# corpus: modelled-on=UBI python-311 based OpenShift automation image (oc client from mirror.openshift.com + pip wheels)
# corpus: expect=AL301@14,AL205@24
# corpus: platforms=linux/amd64,linux/ppc64le,linux/s390x
FROM registry.access.redhat.com/ubi9/python-311:latest

USER 0
ARG OC_VERSION=4.16.0

RUN dnf install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm \
    && dnf install -y jq \
    && dnf clean all

RUN ARCH="$(uname -m)"; \
    case "$ARCH" in \
      x86_64)  OC_ARCH=x86_64 ;; \
      aarch64) OC_ARCH=aarch64 ;; \
      ppc64le) OC_ARCH=ppc64le ;; \
      *) echo "no oc client mapping for $ARCH"; exit 1 ;; \
    esac; \
    curl -fsSL "https://mirror.openshift.com/pub/openshift-v4/${OC_ARCH}/clients/ocp/${OC_VERSION}/openshift-client-linux.tar.gz" \
      | tar -xz -C /usr/local/bin oc kubectl

COPY requirements.txt /tmp/requirements.txt
RUN pip download --only-binary=:all: --platform manylinux2014_x86_64 --python-version 3.11 \
        -d /tmp/wheels -r /tmp/requirements.txt \
    && pip install --no-index --find-links /tmp/wheels -r /tmp/requirements.txt \
    && rm -rf /tmp/wheels

COPY --chown=1001:0 playbooks/ /opt/app-root/src/playbooks/
USER 1001
CMD ["python", "-m", "runner"]
