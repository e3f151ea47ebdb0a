# corpus: modelled-on=web-terminal image (tsl0922/ttyd release binaries) written as a heredoc RUN with an arch case
# corpus: expect=AL304@11,AL301@12
# syntax=docker/dockerfile:1.7
FROM ubuntu:24.04
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ENV DEBIAN_FRONTEND=noninteractive

RUN <<EOF
set -euxo pipefail
apt-get update
apt-get install -y --no-install-recommends ca-certificates curl build-essential gcc-multilib tmux vim-tiny
case "$(dpkg --print-architecture)" in
  amd64)
    curl -fsSLo /tmp/ttyd https://github.com/tsl0922/ttyd/releases/download/1.7.7/ttyd.x86_64
    ;;
  *)
    echo "ttyd: unsupported architecture" >&2
    exit 1
    ;;
esac
install -m 0755 /tmp/ttyd /usr/local/bin/ttyd
rm -rf /var/lib/apt/lists/* /tmp/ttyd
EOF

RUN useradd -m -s /bin/bash lab
USER lab
WORKDIR /home/lab
EXPOSE 7681
CMD ["ttyd", "--writable", "tmux", "new", "-A", "-s", "main"]
