# corpus: modelled-on=bazel CI image with bazelisk via ADD (tsuri/eval Dockerfile, bduffany bazel debug image)
# corpus: expect=AL403@11,AL301@16
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
      ca-certificates curl git openjdk-17-jdk-headless python3 python-is-python3 \
      build-essential zip unzip \
    && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH="${JAVA_HOME}/bin:${PATH}"

# bazelisk picks the real Bazel version from .bazelversion
ARG BAZELISK_VERSION=v1.19.0
ADD https://github.com/bazelbuild/bazelisk/releases/download/${BAZELISK_VERSION}/bazelisk-linux-amd64 /usr/local/bin/bazel
RUN chmod 0755 /usr/local/bin/bazel

RUN useradd -m -u 1000 builder
USER builder
WORKDIR /home/builder/src
COPY --chown=builder .bazelversion ./
# warm the bazel download cache
RUN bazel version
ENTRYPOINT ["bazel"]
