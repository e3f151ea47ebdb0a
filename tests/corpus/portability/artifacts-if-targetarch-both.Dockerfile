# corpus: modelled-on=if/else on TARGETARCH choosing AWS CLI assets
# corpus: expect=
FROM python:3.12-slim
ARG TARGETARCH
RUN if [ "$TARGETARCH" = "arm64" ]; then \
      curl -fsSLo /tmp/aws.zip https://awscli.amazonaws.com/awscli-exe-linux-aarch64.zip; \
    else \
      curl -fsSLo /tmp/aws.zip https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip; \
    fi \
 && unzip -q /tmp/aws.zip -d /tmp && /tmp/aws/install
