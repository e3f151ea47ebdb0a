# corpus: modelled-on=bitrise-io/android style + tomleavy/android-ndk-docker (cmdline-tools zip, i386 multiarch libs, JAVA_HOME java-*-openjdk-amd64)
# corpus: expect=AL304@10,AL304@14,AL403@17
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive \
    ANDROID_SDK_ROOT=/opt/android-sdk \
    ANDROID_HOME=/opt/android-sdk

# 32-bit runtime libs for legacy aapt / emulator helpers
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      openjdk-17-jdk-headless git unzip wget ca-certificates \
      libc6:i386 libstdc++6:i386 zlib1g:i386 lib32z1 \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64

ARG CMDLINE_TOOLS_BUILD=11076708
RUN mkdir -p ${ANDROID_SDK_ROOT}/cmdline-tools \
 && wget -q https://dl.google.com/android/repository/commandlinetools-linux-${CMDLINE_TOOLS_BUILD}_latest.zip -O /tmp/clt.zip \
 && unzip -q /tmp/clt.zip -d ${ANDROID_SDK_ROOT}/cmdline-tools \
 && mv ${ANDROID_SDK_ROOT}/cmdline-tools/cmdline-tools ${ANDROID_SDK_ROOT}/cmdline-tools/latest \
 && rm /tmp/clt.zip
ENV PATH=${ANDROID_SDK_ROOT}/cmdline-tools/latest/bin:${ANDROID_SDK_ROOT}/platform-tools:${PATH}

RUN yes | sdkmanager --licenses > /dev/null \
 && sdkmanager "platform-tools" "platforms;android-34" "build-tools;34.0.0"

WORKDIR /project
CMD ["./gradlew", "assembleDebug"]
