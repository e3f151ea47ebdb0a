# corpus: modelled-on=hadolint install in CI images (case on dpkg arch with only an amd64 branch)
# corpus: expect=AL301@8
FROM python:3.12-slim-bookworm
ARG HADOLINT_VERSION=v2.12.0
RUN apt-get update && apt-get install -y --no-install-recommends curl git shellcheck && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "$dpkgArch" in \
        amd64) curl -fsSLo /usr/local/bin/hadolint "https://github.com/hadolint/hadolint/releases/download/${HADOLINT_VERSION}/hadolint-Linux-x86_64" ;; \
        *) echo >&2 "hadolint: unsupported architecture $dpkgArch"; exit 1 ;; \
    esac; \
    chmod +x /usr/local/bin/hadolint; \
    hadolint --version
RUN pip install --no-cache-dir pre-commit yamllint
WORKDIR /repo
ENTRYPOINT ["pre-commit"]
CMD ["run", "--all-files"]
