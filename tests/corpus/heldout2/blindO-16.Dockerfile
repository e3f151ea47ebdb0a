# corpus: modelled-on=headless-Chrome PDF renderer on CentOS Stream 9 (google-chrome.repo written in RUN)
# corpus: expect=AL301@13,AL304@19
FROM quay.io/centos/centos:stream9

RUN dnf -y install epel-release \
    && dnf -y install nodejs npm liberation-fonts dejavu-sans-fonts \
    && dnf clean all

# Google's rpm repo for Chrome stable
RUN tee /etc/yum.repos.d/google-chrome.repo > /dev/null <<'EOF'
[google-chrome]
name=google-chrome
baseurl=https://dl.google.com/linux/chrome/rpm/stable/x86_64
enabled=1
gpgcheck=1
gpgkey=https://dl.google.com/linux/linux_signing_key.pub
EOF

RUN dnf -y install google-chrome-stable \
    && dnf clean all \
    && google-chrome --version

ENV PUPPETEER_SKIP_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/google-chrome-stable
WORKDIR /srv/render
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER 1001
EXPOSE 3000
CMD ["node", "server.js"]
