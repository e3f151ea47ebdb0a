# corpus: modelled-on=routaa/android-ci-image Dockerfile + tomleavy/android-ndk-docker Dockerfile (cmdline-tools + sdkmanager Gradle CI image)
# corpus: expect=AL403@11,AL304@18
FROM ubuntu:22.04

ARG CMDLINE_TOOLS_BUILD=11076708
ARG COMPILE_SDK=34
ARG BUILD_TOOLS=34.0.0

ENV DEBIAN_FRONTEND=noninteractive \
    ANDROID_HOME=/opt/android-sdk \
    JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH=${PATH}:${ANDROID_HOME}/cmdline-tools/latest/bin:${ANDROID_HOME}/platform-tools

# 32-bit runtime libs that old aapt/zipalign builds expect
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      openjdk-17-jdk-headless git unzip wget ca-certificates \
      lib32stdc++6 lib32z1 \
 && rm -rf /var/lib/apt/lists/*

# cmdline-tools is a pure-Java zip, the same file for every host
RUN mkdir -p ${ANDROID_HOME}/cmdline-tools \
 && wget -q -O /tmp/tools.zip https://dl.google.com/android/repository/commandlinetools-linux-${CMDLINE_TOOLS_BUILD}_latest.zip \
 && unzip -q /tmp/tools.zip -d ${ANDROID_HOME}/cmdline-tools \
 && mv ${ANDROID_HOME}/cmdline-tools/cmdline-tools ${ANDROID_HOME}/cmdline-tools/latest \
 && rm /tmp/tools.zip

RUN yes | sdkmanager --licenses > /dev/null \
 && sdkmanager --install "platform-tools" "platforms;android-${COMPILE_SDK}" "build-tools;${BUILD_TOOLS}"

WORKDIR /workspace
RUN useradd -m builder && chown builder /workspace
USER builder
CMD ["./gradlew", "--no-daemon", "assembleDebug"]
