# corpus: modelled-on=Ubuntu multi-arch mirror lists (archive.ubuntu.com for amd64/i386, ports.ubuntu.com for arm64/armhf), written with a heredoc to switch mirrors
# corpus: expect=
FROM ubuntu:22.04
RUN cat > /etc/apt/sources.list <<'EOF'
deb [arch=amd64,i386] http://archive.ubuntu.com/ubuntu jammy main restricted universe
deb [arch=amd64,i386] http://archive.ubuntu.com/ubuntu jammy-updates main restricted universe
deb [arch=amd64,i386] http://security.ubuntu.com/ubuntu jammy-security main restricted universe
deb [arch=arm64,armhf,ppc64el,s390x] http://ports.ubuntu.com/ubuntu-ports jammy main restricted universe
deb [arch=arm64,armhf,ppc64el,s390x] http://ports.ubuntu.com/ubuntu-ports jammy-updates main restricted universe
deb [arch=arm64,armhf,ppc64el,s390x] http://ports.ubuntu.com/ubuntu-ports jammy-security main restricted universe
EOF
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential git \
 && rm -rf /var/lib/apt/lists/*
