# corpus: modelled-on=Check Point SNX VPN client containers (i386 multiarch libs) + headless Chrome synthetic-check images (google-chrome-stable from dl.google.com)
# corpus: expect=AL304@12,AL304@18
FROM debian:bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg iproute2 iptables kmod openssh-client \
 && rm -rf /var/lib/apt/lists/*

# snx is a 32-bit binary
RUN dpkg --add-architecture i386 && apt-get update && apt-get install -y --no-install-recommends libstdc++5:i386 libpam0g:i386 libx11-6:i386 \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL https://dl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
 && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google-chrome.gpg] https://dl.google.com/linux/chrome/deb/ stable main" > /etc/apt/sources.list.d/google-chrome.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends google-chrome-stable fonts-liberation \
 && rm -rf /var/lib/apt/lists/*

COPY snx_install_linux30.sh /tmp/snx_install.sh
RUN bash /tmp/snx_install.sh && rm /tmp/snx_install.sh
COPY checks/ /opt/checks/
COPY run-checks.sh /usr/local/bin/run-checks
ENTRYPOINT ["/usr/local/bin/run-checks"]
