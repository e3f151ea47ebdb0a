# corpus: modelled-on=Databricks asset-bundle CI image where TARGETARCH is only declared globally before FROM
# corpus: expect=AL203@13
ARG TARGETARCH
ARG DBX_VERSION=0.229.0

FROM python:3.12-slim
ARG DBX_VERSION
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip git \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL -o /tmp/databricks.zip \
      "https://github.com/databricks/cli/releases/download/v${DBX_VERSION}/databricks_cli_${DBX_VERSION}_linux_${TARGETARCH}.zip" \
 && unzip -q /tmp/databricks.zip -d /usr/local/bin \
 && rm /tmp/databricks.zip \
 && databricks --version

COPY requirements-dev.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements-dev.txt   # dbt-databricks, pytest
WORKDIR /bundle
COPY databricks.yml ./
COPY resources/ ./resources/
ENTRYPOINT ["databricks", "bundle"]
CMD ["validate"]
