# corpus: modelled-on=installers written as a RUN heredoc with a python shebang that map platform.machine() to the release's spelling
# corpus: expect=
FROM python:3.12-slim
RUN <<EOF
#!/usr/bin/env python3
import platform, tarfile, urllib.request
arch = {"x86_64": "amd64", "aarch64": "arm64"}[platform.machine()]
urllib.request.urlretrieve(f"https://github.com/example/cli/releases/download/v2.0.1/cli_linux_{arch}.tar.gz", "/tmp/cli.tgz")
tarfile.open("/tmp/cli.tgz").extractall("/usr/local/bin")
EOF
