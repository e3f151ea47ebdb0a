# corpus: modelled-on=Azure CLI manual apt install (older Microsoft Learn docs: deb [arch=amd64] https://packages.microsoft.com/repos/azure-cli/)
# corpus: expect=AL305@10
# corpus: platforms=linux/amd64,linux/arm64
FROM python:3.12-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg lsb-release \
 && mkdir -p /etc/apt/keyrings \
 && curl -sLS https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor -o /etc/apt/keyrings/microsoft.gpg \
 && AZ_REPO=$(lsb_release -cs) \
 && echo "deb [arch=amd64 signed-by=/etc/apt/keyrings/microsoft.gpg] https://packages.microsoft.com/repos/azure-cli/ $AZ_REPO main" \
      > /etc/apt/sources.list.d/azure-cli.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends azure-cli \
 && rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["az"]
