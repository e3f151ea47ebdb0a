# corpus: modelled-on=a downloader stage using TARGETOS/TARGETARCH for HashiCorp zips
# corpus: expect=
FROM alpine:3.19 AS downloader
ARG TARGETOS
ARG TARGETARCH
ARG TERRAFORM_VERSION=1.6.6
RUN wget -q https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_${TARGETOS}_${TARGETARCH}.zip \
 && unzip terraform_${TERRAFORM_VERSION}_${TARGETOS}_${TARGETARCH}.zip -d /out
FROM alpine:3.19
COPY --from=downloader /out/terraform /usr/local/bin/terraform
