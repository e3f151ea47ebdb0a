# corpus: modelled-on=session-manager style .deb chosen with dpkg --print-architecture
# corpus: expect=
FROM ubuntu:22.04
RUN arch="$(dpkg --print-architecture)" \
 && case "$arch" in amd64) d=ubuntu_64bit ;; arm64) d=ubuntu_arm64 ;; *) exit 1 ;; esac \
 && curl -fsSLo /tmp/smp.deb "https://s3.amazonaws.com/session-manager-downloads/plugin/latest/${d}/session-manager-plugin.deb" \
 && dpkg -i /tmp/smp.deb
