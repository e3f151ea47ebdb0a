# corpus: modelled-on=dev containers fetching the GitHub CLI .deb
# corpus: expect=AL301@4,AL302@5
FROM mcr.microsoft.com/devcontainers/base:bookworm
RUN curl -fsSLo /tmp/gh.deb https://github.com/cli/cli/releases/download/v2.52.0/gh_2.52.0_linux_amd64.deb \
 && apt-get install -y /tmp/gh.deb
