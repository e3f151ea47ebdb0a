# corpus: modelled-on=Pants JVM monorepo CI image (scie-pants launcher install, openjdk apt images with JAVA_HOME)
# corpus: expect=AL403@9,AL401@10,AL301@14
FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
      openjdk-17-jdk-headless python3.11 python3.11-venv git curl ca-certificates unzip \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
    JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=70 -XX:UseAVX=2"

ARG PANTS_LAUNCHER_VERSION=0.11.0
RUN curl -fsSL -o /usr/local/bin/pants \
      https://github.com/pantsbuild/scie-pants/releases/download/v${PANTS_LAUNCHER_VERSION}/scie-pants-linux-x86_64 \
 && chmod +x /usr/local/bin/pants

RUN useradd -m ci
USER ci
WORKDIR /home/ci/repo
COPY --chown=ci pants.toml ./
# bootstrap the pants version pinned in pants.toml
RUN pants --version
ENTRYPOINT ["pants"]
