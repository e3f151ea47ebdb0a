# corpus: modelled-on=Densf2/azure-cli multi-stage pip image, adapted to oci-cli with an offline wheelhouse (pip download --platform)
# corpus: expect=AL205@8
FROM python:3.12-slim-bookworm AS wheels
ARG OCI_CLI_VERSION=3.50.1
WORKDIR /wheels
# build a wheelhouse so the runtime stage installs offline
RUN pip download --no-cache-dir --only-binary=:all: \
        --platform manylinux2014_x86_64 --python-version 3.12 \
        -d /wheels "oci-cli==${OCI_CLI_VERSION}"

FROM python:3.12-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssh-client jq less \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -m -u 1000 oci
COPY --from=wheels /wheels /tmp/wheels
RUN pip install --no-cache-dir --no-index --find-links=/tmp/wheels oci-cli \
 && rm -rf /tmp/wheels
USER oci
WORKDIR /home/oci
ENTRYPOINT ["oci"]
