# corpus: modelled-on=dbt project image with the sling EL binary, single stage pinned to $BUILDPLATFORM "to speed up CI"
# corpus: expect=AL208@3,AL207@5
FROM --platform=$BUILDPLATFORM python:3.12-slim-bookworm

ARG TARGETARCH=amd64
ARG SLING_VERSION=1.2.22
ENV DBT_PROFILES_DIR=/app/profiles \
    PIP_NO_CACHE_DIR=1

RUN apt-get update \
 && apt-get install -y --no-install-recommends git curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL "https://github.com/slingdata-io/sling-cli/releases/download/v${SLING_VERSION}/sling_linux_${TARGETARCH}.tar.gz" \
      | tar -xz -C /usr/local/bin sling

WORKDIR /app
COPY requirements.txt .
# dbt-core, dbt-postgres, dbt-snowflake
RUN pip install -r requirements.txt
COPY . .
RUN dbt deps
USER 1000
ENTRYPOINT ["dbt"]
CMD ["build"]
