# corpus: modelled-on=zachzeid/terraform + webignition/basil-cli-runner chrome.partial.Dockerfile (x86-only e2e runner, built for amd64 only)
# corpus: expect=
# corpus: platforms=linux/amd64
FROM --platform=linux/amd64 ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
ARG TERRAFORM_VERSION=1.9.8

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip xvfb fonts-liberation \
 && rm -rf /var/lib/apt/lists/*

# this runner only ever executes on the x86 CI fleet
RUN curl -fsSLo /tmp/chrome.deb https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \
 && apt-get update \
 && apt-get install -y --no-install-recommends /tmp/chrome.deb \
 && rm -rf /tmp/chrome.deb /var/lib/apt/lists/*

RUN curl -fsSLo /tmp/tf.zip "https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_amd64.zip" \
 && unzip /tmp/tf.zip -d /usr/local/bin \
 && rm /tmp/tf.zip

ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/nss
WORKDIR /e2e
COPY . .
CMD ["xvfb-run", "-a", "./run-e2e.sh"]
