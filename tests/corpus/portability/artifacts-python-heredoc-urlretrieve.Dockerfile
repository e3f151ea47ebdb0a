# corpus: modelled-on=ML and tool images fetching a release archive with a urllib program fed to python3 on stdin (RUN python3 <<EOF) instead of curl
# corpus: expect=AL301@7
FROM python:3.12-slim
WORKDIR /opt
RUN python3 <<EOF
import urllib.request
urllib.request.urlretrieve("https://github.com/example/runtime/releases/download/v1.4.0/runtime-linux-x86_64.tar.gz", "/opt/runtime.tgz")
EOF
RUN tar -xzf /opt/runtime.tgz -C /opt && rm /opt/runtime.tgz
