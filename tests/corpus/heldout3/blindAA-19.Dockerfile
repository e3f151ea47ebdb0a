# corpus: modelled-on=Pants JVM monorepo CI image, arch-neutral (scie-pants launcher, Debian openjdk alternatives)
# corpus: expect=
FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
      openjdk-17-jdk-headless python3.11 python3.11-venv git curl ca-certificates unzip \
 && rm -rf /var/lib/apt/lists/*

# Debian installs the JDK as java-17-openjdk-<debarch> (amd64, arm64); expose a stable path
RUN ln -s "/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/default-java17
ENV JAVA_HOME=/usr/lib/jvm/default-java17 \
    JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=70 -XX:+UseG1GC"

# scie-pants ships linux-x86_64 and linux-aarch64 launchers
ARG PANTS_LAUNCHER_VERSION=0.11.0
RUN curl -fsSL -o /usr/local/bin/pants \
      "https://github.com/pantsbuild/scie-pants/releases/download/v${PANTS_LAUNCHER_VERSION}/scie-pants-linux-$(uname -m)" \
 && chmod +x /usr/local/bin/pants

RUN useradd -m ci
USER ci
WORKDIR /home/ci/repo
COPY --chown=ci pants.toml ./
RUN pants --version
ENTRYPOINT ["pants"]
