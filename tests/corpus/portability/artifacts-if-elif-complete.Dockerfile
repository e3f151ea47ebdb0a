# corpus: modelled-on=the same installer with an aarch64 branch (s390x not requested)
# corpus: expect=
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y curl unzip
RUN if [ "$(uname -m)" = "x86_64" ]; then \
      curl -fsSLo /tmp/aws.zip https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip; \
    elif [ "$(uname -m)" = "aarch64" ]; then \
      curl -fsSLo /tmp/aws.zip https://awscli.amazonaws.com/awscli-exe-linux-aarch64.zip; \
    else \
      echo "unsupported architecture" >&2; exit 1; \
    fi \
 && unzip -q /tmp/aws.zip -d /tmp && /tmp/aws/install
