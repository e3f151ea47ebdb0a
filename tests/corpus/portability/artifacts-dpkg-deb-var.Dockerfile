# corpus: modelled-on=a .deb name assembled from ENV
# corpus: expect=AL303@5,AL302@6
FROM ubuntu:22.04
ENV SESSION_MANAGER_DEB=session-manager-plugin_1.2.650.0-1_amd64.deb
COPY ${SESSION_MANAGER_DEB} /tmp/
RUN dpkg -i /tmp/${SESSION_MANAGER_DEB}
