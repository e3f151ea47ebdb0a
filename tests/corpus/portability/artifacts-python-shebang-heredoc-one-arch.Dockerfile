# corpus: modelled-on=installers written as a RUN heredoc with a python shebang that download one release asset
# corpus: expect=AL301@7
FROM python:3.12-slim
RUN <<EOF
#!/usr/bin/env python3
import urllib.request
urllib.request.urlretrieve("https://github.com/example/cli/releases/download/v2.0.1/cli_linux_amd64.tar.gz", "/tmp/cli.tgz")
EOF
