# corpus: modelled-on=install scripts setting a shell variable first in the same RUN
# corpus: expect=AL301@6
FROM debian:bookworm-slim
RUN set -eux; \
    TF_VERSION=1.8.5; TF_ARCH=amd64; \
    curl -fsSLo /tmp/tf.zip "https://releases.hashicorp.com/terraform/${TF_VERSION}/terraform_${TF_VERSION}_linux_${TF_ARCH}.zip"; \
    unzip /tmp/tf.zip -d /usr/local/bin
