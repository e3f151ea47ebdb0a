# corpus: modelled-on=RHEL-based images installing vendor RPMs by URL
# corpus: expect=AL301@4,AL302@4
FROM registry.access.redhat.com/ubi9/ubi:9.4
RUN dnf install -y https://download.example.com/agent/datadog-agent-7.54.0-1.x86_64.rpm \
 && dnf clean all
