# corpus: modelled-on=AWS CLI v2 installs in CI images
# corpus: expect=AL301@5
FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl unzip \
 && curl -sSL "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o /tmp/awscliv2.zip \
 && unzip -q /tmp/awscliv2.zip -d /tmp && /tmp/aws/install && rm -rf /tmp/aws*
