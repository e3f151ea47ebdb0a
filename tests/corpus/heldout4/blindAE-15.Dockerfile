# corpus: modelled-on=terraform runner image: vendor zip via TARGETARCH declared only globally, plus a go-installed helper
# corpus: expect=AL204@7,AL203@16
ARG TARGETARCH
ARG TF_VERSION=1.7.2

FROM golang:1.22-bookworm AS tools
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go install github.com/terraform-linters/tflint@v0.50.2

FROM debian:bookworm-slim
ARG TF_VERSION
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip git openssh-client \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL -o /tmp/tf.zip \
      https://releases.hashicorp.com/terraform/${TF_VERSION}/terraform_${TF_VERSION}_linux_${TARGETARCH}.zip \
 && unzip -q /tmp/tf.zip -d /usr/local/bin \
 && rm -f /tmp/tf.zip \
 && terraform version

COPY --from=tools /go/bin/ /usr/local/bin/
WORKDIR /infra
ENTRYPOINT ["terraform"]
