# corpus: modelled-on=docker.io/debian:bookworm-slim awscliv2-${TARGETARCH}.zip Dockerfile (search hit), with TARGETARCH kept in ENV for a child stage and the AWS CLI fetched by uname -m
# corpus: expect=
FROM debian:bookworm-slim AS base
ARG TARGETARCH
ENV TARGETARCH=$TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends curl unzip ca-certificates groff less && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip" -o /tmp/awscliv2.zip \
    && unzip -q /tmp/awscliv2.zip -d /tmp \
    && /tmp/aws/install \
    && rm -rf /tmp/aws /tmp/awscliv2.zip

FROM base AS tools
ARG SOPS_VERSION=v3.8.1
RUN curl -fsSLo /usr/local/bin/sops \
        "https://github.com/getsops/sops/releases/download/${SOPS_VERSION}/sops-${SOPS_VERSION}.linux.${TARGETARCH}" \
    && chmod +x /usr/local/bin/sops
COPY deploy.sh /usr/local/bin/deploy
CMD ["/usr/local/bin/deploy"]
